import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

// 1. the offline SQL: every CREATE TABLE, in a file, and the database left alone.
File sql = new File(basedir, 'target/migration.sql')
assert sql.isFile() : 'no target/migration.sql'
String script = sql.getText('UTF-8')
assert script.contains('CREATE TABLE public."user"')
assert script.contains('CREATE TABLE public.workspace ')
assert script.contains('CREATE TABLE public.workspace_member ')
assert script.contains('FOREIGN KEY')
['c205ea66e047', 'f365eede9e8c', '471694036036'].each { assert script.contains(it) }
assert log.contains('the database was not changed')

// 2. current right after it: still base.
def currents = log.readLines().findAll { it.contains('Current revision:') }
assert currents.size() == 2 : currents
assert currents[0].contains('Current revision: base') : 'the SQL-only upgrade changed the database: ' + currents[0]

// 3. stamp head, then 4. current shows the head.
assert log.contains('Stamped: 3 revision(s) recorded as applied')
assert currents[1].contains('Current revision: 471694036036 (head)') : currents[1]

Connection c = openDb(basedir)
try {
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    // stamp records history only: no application table was created.
    assert !exists(c, 'public."user"') : 'stamp (or the SQL-only upgrade) ran DDL'
    assert !exists(c, 'public.workspace')
    assert !exists(c, 'public.workspace_member')
} finally {
    c.close()
}
true
