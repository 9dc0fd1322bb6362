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

// Rollback Changes: upgrade to head, downgrade -1, current.
assert log.contains('-> c205ea66e047')
assert log.contains('-> f365eede9e8c')
assert log.contains('-> 471694036036')
assert log.contains('<- 471694036036') : 'the newest revision was not rolled back'
assert !log.contains('<- f365eede9e8c') : 'downgrade -1 went further than one revision'
// current: the second-newest revision, which is not a head any more.
def current = log.readLines().find { it.contains('Current revision:') }
assert current != null : 'wataomi:current printed no current revision line'
assert current.contains('Current revision: f365eede9e8c') : current
assert !current.contains('(head)') : current

Connection c = openDb()
try {
    assert markers(c) == ['c205ea66e047': 1, 'f365eede9e8c': 1]
    assert exists(c, 'public."user"')
    assert exists(c, 'public.workspace')
    assert !exists(c, 'public.workspace_member') : 'the downgraded revision left its table behind'
    // The rolled-back revision's changeSets are gone from the history too, not only its marker.
    def rs = c.createStatement().executeQuery("SELECT count(*) FROM public.databasechangelog WHERE id LIKE '471694036036%'")
    rs.next()
    assert rs.getInt(1) == 0
} finally {
    c.close()
}
true
