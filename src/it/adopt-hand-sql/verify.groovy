import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text

// The project's own Hibernate read the entities, with Spring Boot's naming, every time they were read (init refused
// before reading them).
assert log.count("Read 6 entities with the project's Hibernate ORM 6.6.") == 5
assert log.contains('naming physical CamelCaseToUnderscoresNamingStrategy')

// 1. The first create wrote the schema as the script made it, PostgreSQL's names included, and stamped it.
def versions = new File(basedir, 'src/main/resources/db/changelog/versions').listFiles().findAll { it.name.endsWith('.xml') }.sort()
assert versions.size() == 2 : versions*.name
def baseline = versions.find { it.name.endsWith('_baseline.xml') }.text
['"pets_owner_id_fkey"', '"visits_pet_id_fkey"', '"vet_specialties_vet_id_specialty_id_key"', '"owners_last_name_idx"',
 '"pets_owner_id_idx"', 'tableName="vet_specialties"'].each { assert baseline.contains(it) : it }
assert log.contains('is recorded as applied here (stamped; nothing was run)')
assert log.contains('The entities and the database differ (4 change(s)); the revision keeps the database as it is.')

// 2. check listed only what the entities say otherwise; none of PostgreSQL's own names is a difference.
assert log.contains('The entities and the database differ (4 changes):')
['rename constraint pets_type_id_fkey on public.pets to fk_pets_types',
 'drop unique constraint vet_specialties_vet_id_specialty_id_key on public.vet_specialties',
 'alter column public.owners.telephone type text -> character varying(10)',
 'add primary key vet_specialties_pkey on public.vet_specialties'].each { assert log.contains(it) : it }
def renamed = (log =~ /rename (?:constraint|index) (\S+)/).collect { it[1] }.toSet()
assert renamed == ['pets_type_id_fkey'] as Set : "only the name the entities state is compared: ${renamed}"

// 3. init refused: the project has revisions now.
assert log.contains('This project has revisions already (1, head ')
assert log.contains('Apply them with mvn wataomi:upgrade.')

// 4. and 5. The second revision aligned the database; check found nothing.
def align = versions.find { it.name.endsWith('_align_with_the_entities.xml') }.text
assert align.contains('fk_pets_types')
assert log.count('No changes detected: the database matches the entities.') == 2

// 6. The revisions built an empty database from nothing, and it matches the entities too.
assert log.contains('Upgrading from base: 2 revisions')

def c = ScenarioDatabase.openDb(basedir)
try {
    assert ScenarioDatabase.markers(c).size() == 2
    // The rows the script loaded are all there, and so are the objects PostgreSQL named.
    assert ScenarioDatabase.rows(c, "SELECT p.name, o.telephone, v.description FROM pets p JOIN owners o ON o.id = p.owner_id"
            + " JOIN visits v ON v.pet_id = p.id") == ['Leo|6085551023|rabies shot']
    assert ScenarioDatabase.rows(c, "SELECT conname FROM pg_constraint WHERE conrelid = 'public.pets'::regclass AND contype = 'f'"
            + " ORDER BY 1") == ['fk_pets_types', 'pets_owner_id_fkey']
    assert ScenarioDatabase.exists(c, 'public.vets_last_name_idx')
} finally {
    c.close()
}
return true
