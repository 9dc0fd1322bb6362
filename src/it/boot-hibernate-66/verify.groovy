import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text

// The application's own Hibernate read the entities, with its application.yml.
assert log.count("Read 5 entities with the project's Hibernate ORM 6.6.") == 4 : 'create, create, check, check@hbm2ddl: the project\'s Hibernate'
assert log.contains('hibernate.type.preferred_instant_jdbc_type=TIMESTAMP (application.yml)')
// Hibernate warns of the incubating setting on every look-up; each load shows it once, and nothing of the offline boot.
assert log.count('[WARNING] [hibernate] HHH90006001') == 4
assert !log.contains('[WARNING] [hibernate] HHH000181')
assert log.contains('physical PhysicalNamingStrategyStandardImpl (application.yml)')

def versions = new File(basedir, 'src/main/resources/db/changelog/versions').listFiles().findAll { it.name.endsWith('.xml') }
assert versions.size() == 1 && versions[0].name.endsWith('_library_schema.xml') : versions*.name
assert log.contains('No changes detected.')
assert log.contains('No changes detected: the database matches the entities.')

// The application loaded a row of every entity from the schema the revisions built, and created its own on the
// second server.
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def c = ScenarioDatabase.openDb(basedir)
try {
    // Upper-case names in the annotations, unquoted by the application, are PostgreSQL's lower-case names.
    assert ScenarioDatabase.rows(c, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
            + " AND column_name <> lower(column_name)") == ['0']
    assert ScenarioDatabase.rows(c, "SELECT column_name || ' ' || data_type FROM information_schema.columns"
            + " WHERE table_name = 'app_setting' ORDER BY ordinal_position").toSet() ==
            ['key character varying', 'value character varying', 'owner character varying', 'version bigint',
             'timestamp timestamp without time zone', 'history json'].toSet()
    assert ScenarioDatabase.exists(c, 'public.book_tag')
    assert ScenarioDatabase.rows(c, "SELECT data_type FROM information_schema.columns WHERE table_name = 'book' AND column_name = 'attributes'") == ['jsonb']
    assert ScenarioDatabase.rows(c, "SELECT count(*) FROM public.book") == ['1']
} finally {
    c.close()
}

// The schema that the application's own Hibernate created (ddl-auto=create) on the second server, compared with the
// entities: nothing differs (CHECK expressions are compared by meaning, not by the text each path leaves).
assert log.count('No changes detected: the database matches the entities.') == 2
return true
