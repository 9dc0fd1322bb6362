import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

import java.util.regex.Pattern

String base = '0a1b2c3d4e5f', left = '1b2c3d4e5f60', right = '2c3d4e5f6071'

// 1. upgrade with two heads fails, naming both heads and the way out.
def failure = log.readLines().find { it.startsWith('[ERROR]') && it.contains(left) && it.contains(right) }
assert failure != null : 'upgrade with two heads should fail naming both heads'
assert failure.contains('wataomi:merge') : failure
assert log.contains('BUILD FAILURE')
assert log.findAll('-> ' + base).size() == 1 : 'the refused upgrade must not apply anything (base applied once, by the last upgrade)'

// 2. merge wrote a revision whose down_revision is both heads.
File versions = new File(basedir, 'src/main/resources/db/changelog/versions')
def merges = versions.listFiles().findAll { it.name.endsWith('.xml') && it.text.contains('name="wataomi.message" value="merge heads"') }
assert merges.size() == 1 : 'expected one merge revision in ' + versions.list()
String merge = merges[0].getText('UTF-8')
def down = merge =~ /name="wataomi\.down_revision" value="([^"]*)"/
assert down.find()
assert down.group(1).split(',')*.trim().toSet() == [left, right].toSet() : down.group(1)
def revM = merge =~ /name="wataomi\.revision" value="([0-9a-f]{12})"/
assert revM.find()
String mergeId = revM.group(1)
assert ![base, left, right].contains(mergeId)
assert merge.contains('<changeSet id="' + mergeId + '" author="wataomi">') : 'merge revision has no marker changeSet'
assert merges[0].name.contains(mergeId)
// The master changelog (derived) now includes the merge revision, after both parents.
String master = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.xml').getText('UTF-8')
assert master.contains(merges[0].name)
assert master.indexOf(merges[0].name) > master.indexOf(left) && master.indexOf(merges[0].name) > master.indexOf(right)
assert log.contains('Merge revision ' + mergeId)

// 3. (heads and history print on standard output, without log prefixes) the second upgrade applies everything, one head left.
def headLines = log.readLines().findAll { it =~ /^[0-9a-f]{12} \(head\)/ }
assert headLines.size() == 3 : headLines   // 2 before the merge, 1 after
assert headLines[2].contains(mergeId) : headLines
assert log.contains('-> ' + mergeId)
def history = log.readLines().find { it =~ /^>/ }
assert history != null && history.contains(mergeId) : history
// Tags of the merge revision: head and current (history may add others, e.g. mergepoint).
assert history =~ /\((.*, )?head(, .*)?\)/ && history =~ /\((.*, )?current\)/ : history

Connection c = openDb(basedir)
try {
    assert markers(c) == [(base): 1, (left): 1, (right): 1, (mergeId): 1]
    assert exists(c, 'public."user"')
    assert exists(c, 'public.workspace')
    assert exists(c, 'public.project')
} finally {
    c.close()
}
true
