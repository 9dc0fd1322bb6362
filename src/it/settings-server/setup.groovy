// A PostgreSQL that demands a password: it_user may only log in over 127.0.0.1 with SCRAM, so the
// build can only connect if the plugin decrypted the settings.xml server's password.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def dir = new File(basedir, 'target/password-server')
def pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()
System.properties.put('wataomi.it.passwordServer', pg) // keep it running until this JVM ends
def hba = new File(dir, 'pg_hba.conf')
hba.text = 'host all it_user 127.0.0.1/32 scram-sha-256\n' + hba.text
def c = pg.postgresDatabase.connection
c.createStatement().execute("CREATE ROLE it_user LOGIN SUPERUSER PASSWORD 'ItDbPassw0rdFromSettings'")
c.createStatement().execute('CREATE DATABASE appdb OWNER it_user')
c.createStatement().execute('SELECT pg_reload_conf()')
c.close()

new File(basedir, 'server.properties').text =
        "wataomi.url=jdbc:postgresql://127.0.0.1:${pg.port}/appdb\n" +
        "wataomi.serverId=wataomi-it-db\n" +
        "settings.security=${new File(basedir, 'settings-security.xml').absolutePath.replace('\\', '/')}\n"
new File(basedir, 'server.port').text = "${pg.port}"
return true
