import io.wataomi.it.ScenarioDatabase

def log = new File(basedir, 'build.log').text
def versions = new File(basedir, 'src/main/resources/db/changelog/versions')
def bio = versions.listFiles().findAll { it.name.contains('add_user_bio_field') }
assert bio.size() == 1 : versions.list()
def revision = bio[0].text
// The revision a careful engineer would write: one added column, and its drop as the rollback. Nothing else.
assert revision.contains('<addColumn schemaName="public" tableName="user">')
assert revision.contains('<column name="bio" type="character varying(255)"/>')
assert revision.contains('<dropColumn schemaName="public" tableName="user" columnName="bio"/>')
assert (revision =~ /<changeSet id="[0-9a-f]{12}-\d+"/).count == 1 : revision
assert log.contains('Detected add column public.user.bio character varying(255)')
// Autogenerate right after upgrade: no spurious differences, and no file written.
assert log.contains('No changes detected.')
assert versions.listFiles().findAll { it.name.contains('nothing_new') }.isEmpty()
assert log.contains('No changes detected: the database matches the entities.')
// The rollback removed the column again and left the database at the previous revision.
def db = ScenarioDatabase.openDb(basedir)
try {
    def rs = db.createStatement().executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_name = 'user' AND column_name = 'bio'")
    rs.next()
    assert rs.getInt(1) == 0
} finally {
    db.close()
}
return true
