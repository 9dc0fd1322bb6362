import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

def error = log.readLines().find { it.startsWith('[ERROR]') && it.contains("No revision matches 'ffffff'") }
assert error != null : 'upgrade to an unknown target should fail with "No revision matches"'
['c205ea66e047', 'f365eede9e8c', '471694036036'].each { assert error.contains(it) : 'revision ' + it + ' not listed: ' + error }
assert log.contains('BUILD FAILURE')
assert !log.contains('-> c205ea66e047') : 'a revision was applied before the target was checked'

Connection c = openDb(basedir)
try {
    assert markers(c).isEmpty()
    assert !exists(c, 'public."user"')
} finally {
    c.close()
}
true
