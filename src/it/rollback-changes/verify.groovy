import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

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

Connection c = openDb(basedir)
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
