import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

// Test Migrations: upgrade, downgrade -1, upgrade.
assert log.contains('<- 471694036036')
assert log.findAll('-> 471694036036').size() == 2 : 'the head should be applied by both upgrades'
assert log.findAll('-> c205ea66e047').size() == 1 : 'the base revision must not be re-applied'
assert log.findAll('-> f365eede9e8c').size() == 1

Connection c = openDb(basedir)
try {
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert exists(c, 'public."user"')
    assert exists(c, 'public.workspace')
    assert exists(c, 'public.workspace_member')
    // No changeSet of any revision recorded twice.
    def rs = c.createStatement().executeQuery(
            "SELECT id, author, filename, count(*) FROM public.databasechangelog GROUP BY id, author, filename HAVING count(*) > 1")
    assert !rs.next() : 'changeSet recorded twice: ' + rs.getString(1)
    rs = c.createStatement().executeQuery("SELECT count(*) FROM public.databasechangelog")
    rs.next()
    assert rs.getInt(1) == 7 : '4 application changeSets + 3 markers expected, found ' + rs.getInt(1)
    // The re-created constraints are there.
    rs = c.createStatement().executeQuery(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.workspace_member'::regclass AND contype IN ('f', 'u')")
    rs.next()
    assert rs.getInt(1) == 3
} finally {
    c.close()
}
true
