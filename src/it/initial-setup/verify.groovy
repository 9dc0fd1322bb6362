import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text
def changelog = new File(basedir, 'src/main/resources/db/changelog')
// init scaffolded the changelog folder and created the three tables.
assert new File(changelog, 'db.changelog-master.xml').isFile()
assert log.contains('Created 3 table(s): public.user, public.workspace, public.workspace_member')
// create wrote the initial revision and, the database being built already, recorded it as applied.
def versions = new File(changelog, 'versions').listFiles().findAll { it.name.endsWith('.xml') }
assert versions.size() == 1 : versions
assert versions[0].name =~ /^\d{8}_\d{4}-[0-9a-f]{12}_initial_migration\.xml$/
def text = versions[0].text
['<createTable schemaName="public" tableName="user"', '<createTable schemaName="public" tableName="workspace"',
 '<createTable schemaName="public" tableName="workspace_member"', 'constraintName="fk_workspace_member_user"',
 'onDelete="CASCADE"', 'defaultValueComputed="now()"'].each { assert text.contains(it) : it }
assert log.contains('is recorded as applied here (stamped; nothing was run)')
assert log.contains('Nothing to do: the database is at')
// Down to base removed every table; up again rebuilt them from the revision, and check finds nothing.
assert log.contains('Downgrading from')
assert log.contains('No changes detected: the database matches the entities.')
def db = ScenarioDatabase.openDb(basedir)
try {
    def rs = db.createStatement().executeQuery("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'")
    rs.next()
    assert rs.getString(1) == 'databasechangelog,user,workspace,workspace_member'
} finally {
    db.close()
}
return true
