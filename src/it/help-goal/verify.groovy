def log = new File(basedir, 'build.log').text
['upgrade', 'downgrade', 'current', 'history', 'heads', 'stamp', 'merge', 'create', 'check', 'init', 'help', 'sync', 'reset'].each { goal ->
    assert log.contains("wataomi:${goal}\n") || log.contains("wataomi:${goal}\r\n") : "goal ${goal} is not listed"
}
['-Dwataomi.target', '-Dwataomi.sql', '-Dwataomi.sqlFile', '-Dwataomi.url', '-Dwataomi.password', '-Dwataomi.message',
 '-Dwataomi.autogenerate', '-Dwataomi.verbose', '-Dwataomi.range', '-Dwataomi.skip', '-Dwataomi.serverId',
 '-Dwataomi.lockTimeout', '-Dwataomi.ddlLockTimeout', '-Dwataomi.ddlLockRetries', '-Dwataomi.statementTimeout', '-Dwataomi.revisions', '-Dwataomi.casdoor.endpoint', '-Dwataomi.casdoor.clientId',
 '-Dwataomi.casdoor.clientSecret', '-Dwataomi.casdoor.orgName', '-Dwataomi.casdoor.appName', '-Dwataomi.casdoor.certificate',
 '-Dwataomi.casdoor.serverId', '-Dwataomi.casdoor.connectTimeout', '-Dwataomi.casdoor.readTimeout', '-Dwataomi.casdoor.retries',
 '-Dwataomi.casdoor.pageSize', '-Dwataomi.sync.defaultWorkspace', '-Dwataomi.sync.defaultWorkspaceName', '-Dwataomi.sync.memberRole',
 '-Dwataomi.packages', '-Dwataomi.namingStrategy', '-Dwataomi.format', '-Dwataomi.renames',
 '-Dwataomi.diffAgainst', '-Dwataomi.devUrl', '-Dwataomi.reset.confirm', '-Dwataomi.reset.allowRemote', '-Dwataomi.reset.schemas', '-Dwataomi.reset.sync'].each { prop ->
    assert log.contains(prop) : "parameter property ${prop} is not listed"
}
assert log.contains('Where to go: head (fails if there are two heads)') : 'parameter descriptions are missing'
// Defaults come from the plugin descriptor (one default per option), shown next to the property.
assert log =~ /target  \(-Dwataomi\.target\)  default: head/ : 'the default of upgrade\'s target is not shown'
// The sync's table mapping is one map parameter whose keys are also -Dwataomi.sync.<key> properties.
assert log.contains('syncTables') && log.contains('-Dwataomi.sync.user.table=app_user')
assert log.contains('It asks for the database name first; in batch mode')
return true
