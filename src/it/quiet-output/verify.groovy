import static io.wataomi.it.ScenarioDatabase.*

import io.wataomi.core.testing.SqlScriptRunner

import java.sql.Connection

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()
// Nothing of Maven's log: -q leaves errors only, and the goals' products are not log lines.
assert !log.contains('[INFO]') && !log.contains('[WARNING]') && !log.contains('BUILD') : log
assert !log.contains('\u001b') : 'escape codes on standard output: ' + log.readLines().findAll { it.contains('\u001b') }

// 1. The offline SQL, as printed: one transaction per revision.
int end = lines.findLastIndexOf { it == 'COMMIT;' }
assert end > 0 : log
List<String> sql = lines.subList(0, end + 1)
assert sql.count { it == 'BEGIN;' } == 3 && sql.count { it == 'COMMIT;' } == 3

// 3. The reports, after the SQL: current, then heads, then history, newest first with the current one marked.
List<String> reports = lines.subList(end + 1, lines.size()).findAll { !it.isBlank() }
assert reports[0] == 'Current revision: 471694036036 (head)  create workspace member table' : reports
assert reports[1] ==~ /471694036036 \(head\)  create workspace member table  \[.*471694036036.*\]/ : reports
assert reports[2] ==~ /\s*Revision\s+Revises\s+Created\s+Message\s*/ : reports
assert reports[3] ==~ />\s+471694036036\s+f365eede9e8c\s.*create workspace member table  \(head, current\)/ : reports
assert reports[5] ==~ /\s+c205ea66e047\s+<base>\s.*create user table/ : reports
assert reports.size() == 6 : reports

// The SQL as printed is a script psql runs: applied to a new database, it gives the state the upgrade gave.
File script = new File(basedir, 'target/stdout.sql')
script.setText(sql.join('\n') + '\n', 'UTF-8')
execute(basedir, 'CREATE DATABASE from_stdout')
String how = SqlScriptRunner.apply(jdbcUrl(basedir).replaceFirst('/wataomi$', '/from_stdout'), script.toPath())
println "quiet-output: the SQL from standard output applied with ${how}"
Connection upgraded = openDb(basedir)
try {
    assert markers(upgraded) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
} finally {
    upgraded.close()
}
Properties props = new Properties()
props.setProperty('user', 'postgres')
Connection scripted = new org.postgresql.Driver().connect(jdbcUrl(basedir).replaceFirst('/wataomi$', '/from_stdout'), props)
try {
    assert markers(scripted) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert exists(scripted, 'public.workspace_member')
} finally {
    scripted.close()
}
return true
