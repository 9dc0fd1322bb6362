import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text
def base = 'legacy/001-init.xml, includeAll legacy/more/, changeSet seed-admin (written in the master), hand_added.sql'

// 1. Before any upgrade: history and current show the master's own entries as the base, pending.
assert log =~ /<base> +the master changelog's own entries: \Q${base}  (5 changeSets, pending)\E/
assert log.contains("Current revision: base (no revision applied; the master changelog's own entries: 5 changeSets, pending: ${base})")
assert !log.contains('No revisions yet.')

// 2. upgrade ran them, as plain Liquibase would.
assert log.contains("Upgrading from base (5 changeSets, pending: ${base}): the base (5 changeSets)")
assert log.contains("-> base  ${base}  (5 changeSets, ")
assert log.contains("Current revision: base (no revision applied; the master changelog's own entries: 5 changeSets, applied: ${base})")

// 3. create wrote the first revision on top of the base: only the new field.
def versions = new File(basedir, 'src/main/resources/db/changelog/versions').listFiles().findAll { it.name.endsWith('.xml') }
assert versions.size() == 1 : versions*.name
def revision = versions[0].text
def id = (versions[0].name =~ /-([0-9a-f]{12})_/)[0][1]
assert log =~ /${id} +<base> +/ : 'the first revision revises the base'
assert revision.contains('<addColumn schemaName="public" tableName="app_user">')
assert !revision.contains('createTable') : 'the base\'s tables are not created again'
assert log.contains('Detected add column public.app_user.bio text')

// The master keeps every entry of its own, as written and in order, and includes the revision after them.
def master = new File(basedir, 'src/main/resources/db/changelog/db.changelog-master.xml').text
def own = ['<!-- The blog\'s schema, as the team wrote it before wataomi. -->',
           '<include file="legacy/001-init.xml" relativeToChangelogFile="true"/>',
           '<includeAll path="legacy/more/" relativeToChangelogFile="true"/>',
           '<changeSet id="seed-admin" author="ops">',
           '<include file="hand_added.sql" relativeToChangelogFile="true"/>',
           "<include file=\"versions/${versions[0].name}\" relativeToChangelogFile=\"true\"/>"]
def at = own.collect { master.indexOf(it) }
assert !at.contains(-1) : master
assert at == at.sort(false) : master
assert master.contains('  <include file="versions/') : 'the revision include takes the indentation of the entries: ' + master

// 4. upgrade applied the revision; history shows it over the base; check is clean.
assert log.contains('Upgrading from base (5 changeSets, applied: ' + base + '): 1 revision')
assert log =~ /<base> +the master changelog's own entries: \Q${base}  (5 changeSets, applied)\E/
assert log.contains('No changes detected: the database matches the entities.')
assert !log.contains('[WARNING] The master changelog')

def c = ScenarioDatabase.openDb(basedir)
try {
    // The history rows are Liquibase's: the includes' files, the master's own path for its changeSet.
    assert ScenarioDatabase.rows(c, "SELECT id, author, filename FROM databasechangelog WHERE author <> 'wataomi'"
            + " AND filename NOT LIKE '%/versions/%' ORDER BY orderexecuted") == [
            '001-users|blog|db/changelog/legacy/001-init.xml',
            '001-posts|blog|db/changelog/legacy/001-init.xml',
            '002-post-user-index|blog|db/changelog/legacy/more/002-post-index.xml',
            'seed-admin|ops|db/changelog/db.changelog-master.xml',
            'audit-note|ops|db/changelog/hand_added.sql']
    assert ScenarioDatabase.markers(c).size() == 1
    assert ScenarioDatabase.rows(c, "SELECT login, bio FROM app_user") == ['admin|null']
    assert ScenarioDatabase.exists(c, 'public.audit_note')
} finally {
    c.close()
}
return true
