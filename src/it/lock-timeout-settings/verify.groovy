import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

// Step 1: each of the three revisions' transactions begins with the pom's timeouts.
assert log.count("BEGIN;\nSET LOCAL lock_timeout = '250ms';\nSET LOCAL statement_timeout = '120000ms';\n") == 3 : log

// Step 2: the -D value wins over the pom's, and is refused with the form to use.
def error = log.readLines().find { it.startsWith('[ERROR]') && it.contains('wataomi.ddlLockTimeout must be a duration with its unit') }
assert error != null : 'a lock timeout without a unit must be refused'
assert error.contains("got '5' (from -D property)") && error.contains('a number needs a unit') && error.contains('-Dwataomi.ddlLockTimeout=5s') : error
assert log.contains('BUILD FAILURE')

Connection c = openDb(basedir)
try {
    assert markers(c).isEmpty() : 'nothing may be applied'
} finally {
    c.close()
}
true
