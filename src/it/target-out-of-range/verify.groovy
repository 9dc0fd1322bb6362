import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

def up = log.readLines().find { it.startsWith('[ERROR]') && it.contains("wataomi.target is '+99999999999999999999'") }
assert up != null : 'upgrade +99999999999999999999 should fail naming the setting and the value'
assert up.contains('N in +N must be from 1 to 2147483647') && up.contains('Use head, heads, +N or a revision id or unique prefix') : up
def down = log.readLines().find { it.startsWith('[ERROR]') && it.contains("wataomi.target is '-99999999999999999999'") }
assert down != null : 'downgrade -99999999999999999999 should fail naming the setting and the value'
assert down.contains('Use -N, a revision id or unique prefix, or base') : down
assert !log.contains('NumberFormatException') : 'a raw NumberFormatException reached the build log'
assert !log.contains('-> c205ea66e047') : 'a revision was applied'

Connection c = openDb(basedir)
try {
    assert markers(c).isEmpty()
} finally {
    c.close()
}
true
