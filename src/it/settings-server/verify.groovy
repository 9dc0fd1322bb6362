import java.sql.Connection

def log = new File(basedir, 'build.log').getText('UTF-8')
def port = new File(basedir, 'server.port').text.trim()

assert log.contains("Database: jdbc:postgresql://127.0.0.1:${port}/appdb as it_user") : 'the user did not come from settings.xml'
assert log.contains('The database is now at 471694036036')
assert log =~ /Current revision: 471694036036 \(head\)/
assert !log.contains('ItDbPassw0rdFromSettings') : 'the decrypted password was printed'
assert log.contains("wataomi.serverId is 'no-such-server' but settings.xml has no <server> with that id")

// The server really demands the password: a wrong one is refused.
Properties wrong = new Properties()
wrong.setProperty('user', 'it_user')
wrong.setProperty('password', 'not-the-password')
try {
    new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:${port}/appdb", wrong).close()
    assert false : 'the test server accepted a wrong password, so this scenario proves nothing'
} catch (java.sql.SQLException expected) {
    assert expected.message.contains('password authentication failed')
}

// The revisions really were applied as it_user on the password-protected server.
Properties props = new Properties()
props.setProperty('user', 'it_user')
props.setProperty('password', 'ItDbPassw0rdFromSettings')
Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:${port}/appdb", props)
try {
    def rs = c.createStatement().executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'workspace_member'")
    assert rs.next() && rs.getString(1) == 'it_user'
    rs = c.createStatement().executeQuery("SELECT count(*) FROM databasechangelog WHERE author = 'wataomi'")
    rs.next()
    assert rs.getInt(1) == 3
} finally {
    c.close()
}
return true
