import static io.wataomi.it.ScenarioDatabase.*

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("wataomi:reset drops every object in schema public of database 'wataomi' (embedded PostgreSQL in ")
assert log =~ /\[ERROR\] Failed to execute goal io\.wataomi:wataomi-maven-plugin:[^:]+:reset .*In batch mode \(mvn -B, or no console\) confirm with -Dwataomi\.reset\.confirm=wataomi\. Nothing was changed\./
assert log.contains("wataomi.reset.confirm is 'production' but the database is 'wataomi'. Nothing was changed. To reset this database use -Dwataomi.reset.confirm=wataomi.")
assert log.contains("wataomi:reset would drop every object in schema public of database 'wataomi' (jdbc:postgresql://db.example.invalid:5432/wataomi), which is not on this machine. Resetting a remote database needs -Dwataomi.reset.allowRemote=true as well as -Dwataomi.reset.confirm=wataomi. Nothing was changed.")
assert !log.contains('Cannot connect to jdbc:postgresql://db.example.invalid') : 'the remote refusal must come before any connection'
assert log.contains("wataomi:reset would drop every object in schema public of database 'wataomi' (jdbc:postgresql://127.prod-db.example.invalid:5432/wataomi), which is not on this machine.")
assert !log.contains('Cannot connect to jdbc:postgresql://127.prod-db') : 'a host name starting with 127. was taken for this machine'
assert log =~ /wataomi\.reset\.schemas names a schema that database 'wataomi' does not have: nosuch\. Nothing was dropped\. The schemas it has: [^\n]*public/
assert !log.contains('Dropped ')

def c = openDb(basedir)
try {
    assert markers(c) == ['471694036036': 1, 'c205ea66e047': 1, 'f365eede9e8c': 1]
    assert rows(c, 'SELECT count(*) FROM "user"') == ['3']
    assert rows(c, 'SELECT count(*) FROM workspace') == ['3']
    assert rows(c, 'SELECT count(*) FROM workspace_member') == ['3']
} finally {
    c.close()
}
return true
