import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

assert new File(basedir, 'target/migration.sql').isFile()
assert log.contains('the database was not changed')
assert log =~ /\d+ of \d+ SQL statements executed successfully/ : 'the SQL script was not run'

def currents = log.readLines().findAll { it.contains('Current revision:') }
assert currents.size() == 2 : currents
assert currents[0].contains('Current revision: base') : currents[0]
assert currents[1].contains('Current revision: 471694036036 (head)') : currents[1]
assert !log.contains('BUILD FAILURE')

Connection c = openDb(basedir)
try {
    // The script's own history rows plus stamp: still exactly one marker per revision.
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    def rs = c.createStatement().executeQuery(
            "SELECT count(*) FROM (SELECT id, author FROM public.databasechangelog GROUP BY id, author HAVING count(*) > 1) d")
    rs.next()
    assert rs.getInt(1) == 0 : 'history rows recorded twice'
    assert exists(c, 'public."user"')
    assert exists(c, 'public.workspace')
    assert exists(c, 'public.workspace_member')
} finally {
    c.close()
}
true
