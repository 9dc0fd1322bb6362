import io.wataomi.core.db.EmbeddedDatabase
import io.wataomi.core.db.Postmaster

import java.time.Duration

def data = new File(basedir, 'target/wataomi/postgres').toPath()
try {
    def port = new File(basedir, 'port.txt').text.trim()
    def url = "jdbc:postgresql://localhost:${port}/wataomi"
    def builds = new File(basedir, 'build.log').text.replace('\r\n', '\n').split(/\[INFO\] BUILD SUCCESS/).toList()
    assert builds.size() == 6 : "expected 5 successful builds, got ${builds.size() - 1}"

    // 1: started on the asked port, with the psql command line and the JDBC URL, and no password anywhere.
    assert builds[0] =~ /The embedded PostgreSQL in .*target.wataomi.postgres runs on port ${port}; it keeps running after Maven ends\./
    assert builds[0].contains("  psql:      psql -h localhost -p ${port} -U postgres -d wataomi")
    assert builds[0].contains("  JDBC URL:  ${url}  (user postgres, no password)")
    assert builds[0].contains('Stop it with mvn wataomi:db-stop')

    // 2: a later build's goals used that server (it outlived build 1), and started none of their own.
    def announced = (builds[1] =~ /Using the embedded PostgreSQL in \S+ \((jdbc:\S+)\), already running \(no wataomi.url set\)/).collect { it[1] }
    assert announced == [url, url] : "the goals of build 2 did not use the served database: ${announced}"
    assert builds[1].contains('Upgrading from base: 3 revisions')
    assert builds[1] =~ /Current revision: [0-9a-f]{12} \(head\)/

    // 3: still running after build 2 ended; db-start only reports it.
    assert builds[2].contains("was already running on port ${port}.")
    assert builds[2].contains("  JDBC URL:  ${url}")

    // 4 and 5: stopped by another build than the one that started it; then nothing to stop.
    assert builds[3] =~ /Stopped the embedded PostgreSQL in \S+ \(port ${port}\)\./
    assert builds[4] =~ /No embedded PostgreSQL runs in \S+: nothing to stop\./
    assert !Postmaster.of(data).isPresent() : 'a server still runs on the data folder'
    try {
        new Socket('localhost', port as int).close()
        assert false : "port ${port} still answers"
    } catch (ConnectException expected) {
    }
} finally {
    // A server a failed build left running is stopped, so that none outlives the scenario.
    EmbeddedDatabase.stop(data, Duration.ofSeconds(60))
}
return true
