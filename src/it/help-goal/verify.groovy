def log = new File(basedir, 'build.log').text
['upgrade', 'downgrade', 'current', 'history', 'heads', 'stamp', 'merge', 'create', 'help'].each { goal ->
    assert log.contains("wataomi:${goal}\n") || log.contains("wataomi:${goal}\r\n") : "goal ${goal} is not listed"
}
['-Dwataomi.target', '-Dwataomi.sql', '-Dwataomi.sqlFile', '-Dwataomi.url', '-Dwataomi.password', '-Dwataomi.message',
 '-Dwataomi.autogenerate', '-Dwataomi.verbose', '-Dwataomi.range', '-Dwataomi.skip', '-Dwataomi.serverId',
 '-Dwataomi.lockTimeout', '-Dwataomi.revisions'].each { prop ->
    assert log.contains(prop) : "parameter property ${prop} is not listed"
}
assert log.contains('Where to go: head (default; fails if there are two heads)') : 'parameter descriptions are missing'
return true
