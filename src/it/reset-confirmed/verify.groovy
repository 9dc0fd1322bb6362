import static io.wataomi.it.ScenarioDatabase.*

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Dropped 9 objects in schema public\./ : 'legacy_notes, its sequence, legacy_view, legacy_fn, legacy_state, the 3 tables and the history table'
def upgrades = log.readLines().findAll { it.contains('Upgrading from base: 3 revisions') }
assert upgrades.size() == 2 : 'the reset applies every revision again'
def syncs = log.readLines().findAll { it.contains("Synced 3 users of organization 'wataomi'") && it.contains('3 created (2 inactive)') }
assert syncs.size() == 2 : 'the reset syncs again from scratch'

def c = openDb(basedir)
try {
    ['public.legacy_notes', 'public.legacy_view', 'public.legacy_notes_id_seq'].each { assert !exists(c, it) : "${it} survived the reset" }
    assert rows(c, "SELECT count(*) FROM pg_type WHERE typname = 'legacy_state'") == ['0']
    assert rows(c, "SELECT count(*) FROM pg_proc WHERE proname = 'legacy_fn'") == ['0']
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert rows(c, 'SELECT count(*) FROM "user"') == ['3']
    assert rows(c, 'SELECT count(*) FROM workspace_member') == ['3']
} finally {
    c.close()
}
return true
