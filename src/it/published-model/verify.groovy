import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text

// The entities are all in the dependency jar, found under wataomi.packages, and read by the model's own Hibernate.
assert log.count('Entities found on the classpath: 62 in ') == 4
assert log.contains('keycloak-model-jpa-26.4.7.jar')
assert log.count("Read 62 entities with the project's Hibernate ORM 7.1.") == 4
assert log.count('Compared 62 entities (86 tables)') == 4

def versions = new File(basedir, 'src/main/resources/db/changelog/versions').listFiles().findAll { it.name.endsWith('.xml') }
assert versions.size() == 1 && versions[0].name.endsWith('_keycloak_model.xml') : versions*.name
assert log.contains('No changes detected.')
// check against the revisions' schema (step 4) and against the schema Hibernate created itself (step 6).
assert log.count('No changes detected: the database matches the entities.') == 2
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def c = ScenarioDatabase.openDb(basedir)
try {
    assert ScenarioDatabase.rows(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            + " AND table_name <> 'databasechangelog' AND table_name <> 'databasechangeloglock'") == ['86']
    assert ScenarioDatabase.rows(c, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'associated_policy_pkey'") ==
            ['PRIMARY KEY (associated_policy_id, policy_id)']
} finally {
    c.close()
}
return true
