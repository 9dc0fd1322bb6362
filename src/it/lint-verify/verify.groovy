import static io.wataomi.it.ScenarioDatabase.*

import java.sql.Connection

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(':lint (lint-gate)') : 'the bound execution did not run'
assert log.contains('Lint of 1 pending revision (bbbb00000002 (index note title)), 1 statement:')
assert log =~ /revision +changeSet +statement +lock +rewrite\/scan +table \(size\) +rule +fix/
// The failing run: the rule at error, the SHARE lock, the scan, and the size from the statistics after ANALYZE.
assert log =~ /bbbb00000002 +bbbb00000002-1 +CREATE INDEX ix_note_title ON public\.note\(title\) +SHARE +scan +public\.note \(1,000 rows, \d+ kB\) +require-concurrent-index-creation \(error\) +create it CONCURRENTLY/
assert log.contains('wataomi:lint found 1 error in the pending revisions:')
assert log.contains('[ERROR] Failed to execute goal io.wataomi:wataomi-maven-plugin')
// The passing run: the same finding as a warning.
assert log.contains('require-concurrent-index-creation (warning)')
assert log.contains('No lint errors; 1 warning above.')
assert log.contains('BUILD SUCCESS')

Connection c = openDb(basedir)
try {
    assert markers(c) == ['aaaa00000001': 1] : 'lint applied nothing'
    assert !exists(c, 'public.ix_note_title')
} finally {
    c.close()
}
true
