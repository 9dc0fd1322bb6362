def log = new File(basedir, 'build.log').text
def versions = new File(basedir, 'src/main/resources/db/changelog/versions').listFiles().findAll { it.name.endsWith('.xml') }
assert versions.size() == 3
def ids = versions.collect { (it.text =~ /name="wataomi.revision" value="(\w+)"/)[0][1] }

// One embedded server served both goals of the first invocation: the same port is announced twice.
def ports = (log =~ /Using the embedded PostgreSQL in .* \(jdbc:postgresql:\/\/localhost:(\d+)\/wataomi\)/).collect { it[1] }
assert ports.size() == 4 : "expected 4 announcements (2 invocations x 2 goals), got ${ports}"
assert ports[0] == ports[1] : "upgrade and history used different servers: ${ports}"
assert ports[2] == ports[3]

// History (on standard output, no log prefix): newest first, the current revision marked with '>' and tagged (head, current).
def historyLines = log.readLines().findAll { it.contains('create ') && it.contains(' table') && it =~ /^[> ] +[0-9a-f]{12} / }
assert historyLines.size() == 3 : historyLines
assert historyLines[0].contains('create workspace member table') && historyLines[0].contains('(head, current)')
assert historyLines[0] =~ /^>/
assert historyLines[2].contains('create user table') && historyLines[2].contains('<base>')

assert log.contains('Upgrading from base: 3 revisions')
assert log.contains('Nothing to do: the database is at')
assert log =~ /Current revision: [0-9a-f]{12} \(head\)  create workspace member table/
return true
