import static io.wataomi.it.ScenarioDatabase.*

import io.wataomi.core.testing.SqlScriptRunner

import java.sql.Connection
import java.util.concurrent.TimeUnit

// The invoker runs Maven in batch mode, where a Maven whose console library cannot tell a file from a terminal (Debian's
// packaged 3.8) writes colour resets as it starts and exits; those are Maven's. What the goals print carries no colour.
String log = new File(basedir, 'build.log').getText('UTF-8')
String printed = log.replace('\u001b[0m', '')
assert !printed.contains('\u001b') : 'colour in the reports: ' + printed.readLines().findAll { it.contains('\u001b') }
assert !printed.contains('[INFO]') && !printed.contains('[WARNING]') && !printed.contains('BUILD') : printed

List<String> reports = printed.readLines().findAll { !it.isBlank() && !it.startsWith('Running ') && !it.startsWith('Finished ') }
assert reports[0] == 'Current revision: 471694036036 (head)  create workspace member table' : reports
assert reports[1] ==~ /471694036036 \(head\)  create workspace member table  \[.*471694036036.*\]/ : reports
assert reports[2] ==~ /\s*Revision\s+Revises\s+Created\s+Message\s*/ : reports
assert reports[3] ==~ />\s+471694036036\s+f365eede9e8c\s.*create workspace member table  \(head, current\)/ : reports
assert reports[4] ==~ /\s+f365eede9e8c\s+c205ea66e047\s.*create workspace table/ : reports
assert reports[5] ==~ /\s+c205ea66e047\s+<base>\s.*create user table/ : reports
assert reports.size() == 6 : reports

// The README's command, not in batch mode, its standard output redirected to a file.
File script = new File(basedir, 'target/stdout.sql')
File errors = new File(basedir, 'target/stdout.err')
String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
File settings = new File(basedir, '../../../src/it/settings.xml').canonicalFile
File repo = new File(basedir, '../../local-repo').canonicalFile
Process p = new ProcessBuilder(mvn, '-q', '-o', '-s', settings.path, "-Dmaven.repo.local=${repo.path}".toString(),
        'wataomi:upgrade', '-Dwataomi.sql=true', '-Dwataomi.target=base:head')
        .directory(basedir).redirectOutput(script).redirectError(errors).start()
assert p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0 : errors.text
String sql = script.getText('UTF-8')
assert sql.startsWith('-- wataomi upgrade script for a database at base') : sql.take(200)
assert sql.readLines().count { it == 'BEGIN;' } == 3 && sql.readLines().count { it == 'COMMIT;' } == 3

// Applied to a new database, it gives the state the upgrade gave.
execute(basedir, 'CREATE DATABASE from_stdout')
String fromStdout = jdbcUrl(basedir).replaceFirst('/wataomi$', '/from_stdout')
println "quiet-output: the SQL from standard output applied with ${SqlScriptRunner.apply(fromStdout, script.toPath())}"
Properties props = new Properties()
props.setProperty('user', 'postgres')
Connection scripted = new org.postgresql.Driver().connect(fromStdout, props)
Connection upgraded = openDb(basedir)
try {
    assert markers(scripted) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert markers(upgraded) == markers(scripted)
    assert exists(scripted, 'public.workspace_member')
} finally {
    scripted.close()
    upgraded.close()
}
return true
