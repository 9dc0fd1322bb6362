import io.wataomi.core.Console
import io.wataomi.core.db.EmbeddedDatabase

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

/** Opens the scenario's embedded database (started in this JVM if its build already stopped it). */
Connection openDb() {
    def ep = EmbeddedDatabase.start(new File(basedir, 'target/wataomi/postgres').toPath(), Console.silent())
    // The driver itself, not DriverManager: DriverManager checks its caller's class loader, a Groovy one here.
    Properties props = new Properties()
    props.setProperty('user', 'postgres')
    new org.postgresql.Driver().connect(ep.jdbcUrl('wataomi'), props)
}

boolean exists(Connection c, String relation) {
    def rs = c.createStatement().executeQuery("SELECT to_regclass('" + relation.replace("'", "''") + "') IS NOT NULL")
    rs.next()
    rs.getBoolean(1)
}

/** Revision id -> number of marker rows (author wataomi) in the history table. */
Map<String, Integer> markers(Connection c) {
    Map<String, Integer> m = new TreeMap<>()
    if (!exists(c, 'public.databasechangelog')) {
        return m
    }
    def rs = c.createStatement().executeQuery("SELECT id, count(*) FROM public.databasechangelog WHERE author = 'wataomi' GROUP BY id")
    while (rs.next()) {
        m[rs.getString(1)] = rs.getInt(2)
    }
    m
}

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

Connection c = openDb()
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
