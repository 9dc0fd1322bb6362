import static io.wataomi.it.ScenarioDatabase.*

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Upgrading from base: 3 revisions')
assert log.contains('Nothing to do: the database is at 471694036036')
def summaries = log.readLines().findAll { it.contains("Synced 3 users of organization 'wataomi'") }
assert summaries.size() == 2 : log
assert summaries[0].contains('3 created (2 inactive), 0 updated, 0 unchanged, 0 deactivated; workspaces: 3 created, 0 updated, 0 unchanged; memberships added: 3.')
assert summaries[1].contains('0 created, 0 updated, 3 unchanged, 0 deactivated; workspaces: 0 created, 0 updated, 3 unchanged; memberships added: 0. Nothing was written.')
assert !log.contains('Casd00rSecretZq') && !log.contains('do-not-log-this-secret')

def c = openDb(basedir)
try {
    assert rows(c, 'SELECT casdoor_id, email, name, is_active FROM "user" ORDER BY casdoor_id') == [
            '0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11|alice@example.com|Alice Nguyễn|t',
            "5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44|null|Bob O'Brien; DROP TABLE users;--|f",
            '9f8e7d6c-5b4a-4321-8fed-cba987654321|carol@example.com|Carol 🚀|f']
    assert rows(c, 'SELECT slug, name, is_default FROM workspace ORDER BY slug') ==
            ['billing|Billing|f', 'default|Default|t', 'wataomi-app|Wataomi|f']
    assert rows(c, "SELECT count(*) FROM workspace_member m JOIN workspace w ON w.id = m.workspace_id WHERE w.slug = 'default'") == ['3']
    // Every row still carries the first sync's transaction id: the second sync rewrote none.
    assert rows(c, 'SELECT count(DISTINCT x) FROM (SELECT xmin::text AS x FROM "user" UNION ALL SELECT xmin::text FROM workspace'
            + ' UNION ALL SELECT xmin::text FROM workspace_member) t') == ['1']
} finally {
    c.close()
}
return true
