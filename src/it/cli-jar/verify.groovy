import static io.wataomi.it.ScenarioCli.*
import static io.wataomi.it.ScenarioDatabase.*

import io.wataomi.casdoor.testing.CasdoorTestServer
import io.wataomi.it.ApplicationJar
import io.wataomi.it.ScenarioCasdoor

import java.sql.Connection

String secret = 'Dep1oy-Secret-Pw'
File cli = cliJar(basedir)
// Lean: what the runtime goals do not use is left out of the jar.
def leftIn = entries(cli).findAll { it =~ '^(org/hibernate|io/zonky|org/apache/maven|io/wataomi/maven|net/bytebuddy|jakarta/)/' }
assert leftIn == [] : leftIn.take(5)

File app = new File(basedir, 'target/app.jar')
assert app.isFile()
File boot = ApplicationJar.springBoot(new File(basedir, 'target/classes').toPath(), new File(basedir, 'target/app-boot.jar').toPath()).toFile()
String url = jdbcUrl(basedir)
Map env = [DATABASE_URL: url.replace('jdbc:postgresql://', "postgresql://postgres:${secret}@")]
def results = []
def cliRun = { Map environment, String... args ->
    def r = run(basedir, cli, environment, args)
    results << r
    r
}

// 1. upgrade from the plain application jar.
def up = cliRun(env, 'upgrade', '--classpath', app.path)
assert up.status() == 0 : up
assert up.err().contains('Upgrading from base: 3 revisions') : up
Connection c = openDb(basedir)
try {
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert exists(c, 'public."user"') && exists(c, 'public.workspace_member')

    // 2. current and history from the Spring Boot jar: the result alone on standard output.
    def current = cliRun(env, 'current', '--classpath', boot.path)
    assert current.status() == 0 : current
    assert current.out() == 'Current revision: 471694036036 (head)  create workspace member table\n' : current
    def history = cliRun(env, 'history', '--classpath', boot.path)
    assert history.out().readLines().size() == 4 : history
    assert history.out().readLines()[1].startsWith('>  471694036036') : history

    // 3. downgrade to base, each revision rolled back with its history rows.
    def down = cliRun(env, 'downgrade', 'base', '--classpath', boot.path)
    assert down.status() == 0 : down
    assert markers(c) == [:]
    assert !exists(c, 'public."user"') && !exists(c, 'public.workspace')

    // 4. upgrade again from the Spring Boot jar, then a second time: nothing to do.
    assert cliRun(env, 'upgrade', '--classpath', boot.path).status() == 0
    def noop = cliRun(env, 'upgrade', '--classpath', boot.path)
    assert noop.err().contains('Nothing to do: the database is at 471694036036') : noop
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]

    // 5. sync from a Casdoor test server, its settings in the current folder's .env as the seed keeps them.
    ScenarioCasdoor.start(basedir, true)
    def sync = cliRun(env, 'sync')
    assert sync.status() == 0 : sync
    assert sync.err().contains("Synced 3 users of organization 'wataomi'") : sync
    assert rows(c, 'SELECT count(*) FROM "user"') == ['3']
} finally {
    c.close()
}

// 6. offline SQL for base:head without any database setting, written to a file.
def sql = cliRun([:], 'upgrade', 'base:head', '-Dwataomi.sql=true', '-Dwataomi.sqlFile=target/cli-base-head.sql', '--classpath', app.path)
assert sql.status() == 0 : sql
String script = new File(basedir, 'target/cli-base-head.sql').getText('UTF-8')
assert script.readLines().count { it == 'BEGIN;' } == 3
assert !script.contains('\u001b')

// 7. failures: no database URL (the jar has no embedded PostgreSQL), and a goal that needs Maven.
def noUrl = cliRun([:], 'upgrade', '--classpath', app.path)
assert noUrl.status() == 1 && noUrl.err().startsWith('ERROR: No database: set DATABASE_URL') : noUrl
def create = cliRun(env, 'create')
assert create.status() == 2 && create.err().contains('mvn wataomi:create') : create

results.each {
    [secret, CasdoorTestServer.CLIENT_SECRET].each { String s -> assert !it.out().contains(s) && !it.err().contains(s) : 'a secret was printed: ' + it }
}
return true
