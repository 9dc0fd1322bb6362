import static io.wataomi.it.ScenarioDatabase.*

import io.wataomi.core.testing.SqlScriptRunner

import java.sql.Connection

String log = new File(basedir, 'build.log').getText('UTF-8')
// No database was started or connected to.
assert !log.contains('Using the embedded PostgreSQL') && !log.contains('Database: ')
assert !new File(basedir, 'target/wataomi/postgres').exists() : 'the embedded database was started'

File up = new File(basedir, 'target/base-head.sql')
File down = new File(basedir, 'target/head-c205.sql')
[up, down].each { assert it.isFile() : "no ${it}" }
String upSql = up.getText('UTF-8')
String downSql = down.getText('UTF-8')
// One transaction per revision; the files are written directly, never through Maven's (coloured) log.
assert upSql.readLines().count { it == 'BEGIN;' } == 3 && upSql.readLines().count { it == 'COMMIT;' } == 3
assert downSql.readLines().count { it == 'BEGIN;' } == 2 && downSql.contains('DROP TABLE public.workspace_member')
assert !upSql.contains('\u001b') && !downSql.contains('\u001b')
assert log.contains('\u001b[') : 'the log was expected in colour (style.color=always), which the files must not be'

// The base:head script brings an empty database to head.
File script = up
SqlScriptRunner.apply(jdbcUrl(basedir), script.toPath())
Connection c = openDb(basedir)
try {
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert exists(c, 'public.workspace_member')
} finally {
    c.close()
}
return true
