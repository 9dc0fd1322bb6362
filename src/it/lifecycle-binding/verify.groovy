import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

assert log =~ /wataomi-maven-plugin:[^:]+:upgrade \(migrate-database\)/ : 'the bound execution did not run'
assert log.contains('-> 471694036036')
assert log.contains('The database is now at 471694036036')
assert log.contains('BUILD SUCCESS')

Connection c = openDb(basedir)
try {
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert exists(c, 'public."user"')
    assert exists(c, 'public.workspace')
    assert exists(c, 'public.workspace_member')
} finally {
    c.close()
}
true
