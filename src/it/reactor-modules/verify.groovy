import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text
def app = new File(basedir, 'app')

// The parent and domain sit every goal out with one line each, and start no database.
['create', 'upgrade', 'check'].each { goal ->
    assert log.contains("Skipping wataomi:${goal} in reactor-modules: no changelog folder src/main/resources/db/changelog in this module.")
    assert log.contains("Skipping wataomi:${goal} in domain: no changelog folder src/main/resources/db/changelog in this module.")
}
assert !new File(basedir, 'target/wataomi').exists()
assert !new File(basedir, 'domain/target/wataomi').exists()
def announced = (log =~ /Using the embedded PostgreSQL in (\S+)/).collect { it[1] }
// create, upgrade, create, check: init refuses in app before starting one.
assert announced.size() == 4 && announced.every { it.contains('/app/target/wataomi/postgres') } : announced

// app reads its own entity and the two of domain (its output folder, on app's classpath).
assert log.contains('Entities found on the classpath: 1 in ' + new File(app, 'target/classes').canonicalPath
        + ', 2 in ' + new File(basedir, 'domain/target/classes').canonicalPath) : 'the module line is missing'
assert log.count('Read 3 entities with the plugin\'s Hibernate ORM') == 3

def versions = new File(app, 'src/main/resources/db/changelog/versions').listFiles().findAll { it.name.endsWith('.xml') }
assert versions.size() == 1 && versions[0].name.endsWith('_create_shop_tables.xml') : versions*.name
['customer', 'product', 'purchase'].each { assert versions[0].text.contains("tableName=\"${it}\"") }
assert log.contains('No changes detected.')
assert log.contains('No changes detected: the database matches the entities.')

// A folder that no module has: every module skips, and the last one fails the build, naming it.
assert log.contains('wataomi:upgrade ran in no module of this build (app: no changelog folder src/main/resources/db/nowhere in this module).')
// init: the parent (packaging pom) and domain (app depends on it) sit it out; app refuses, having a revision.
assert log.contains('Skipping wataomi:init in reactor-modules: a module of packaging pom has no entities.')
assert log.contains('Skipping wataomi:init in domain: no changelog folder src/main/resources/db/changelog, and app depends on this'
        + ' module and reads its entities.')
assert !new File(basedir, 'domain/src/main/resources').exists()
assert log.contains('This project has revisions already (1, head ')

def c = ScenarioDatabase.openDb(app)
try {
    ['public.customer', 'public.product', 'public.purchase'].each { assert ScenarioDatabase.exists(c, it) : it }
    assert ScenarioDatabase.rows(c, "SELECT column_name FROM information_schema.columns WHERE table_name = 'customer' ORDER BY 1") ==
            ['city', 'id', 'name', 'street']
    assert ScenarioDatabase.markers(c).size() == 1
} finally {
    c.close()
}
return true
