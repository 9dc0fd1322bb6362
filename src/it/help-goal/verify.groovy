def builds = new File(basedir, 'build.log').text.replace('\r\n', '\n').split(/\[INFO\] BUILD SUCCESS/)
assert builds.size() == 5 : "expected 4 successful builds and a failing one, got ${builds.size()} parts"
def (brief, detail, oneGoal, oneGoalDetail, unknown) = builds.toList()
def goals = ['check', 'create', 'current', 'db-start', 'db-stop', 'downgrade', 'heads', 'help', 'history', 'init', 'lint', 'merge', 'reset', 'stamp', 'sync', 'upgrade']

// The default: one line per goal, its first sentence, and how to see more; no parameter at all.
goals.each { goal ->
    assert brief =~ /(?m)^\[INFO\]   wataomi:${goal} +\S/ || brief =~ /(?m)^  wataomi:${goal} +\S/ : "goal ${goal} is not listed in one line"
}
def helpLines = brief.readLines().dropWhile { !it.contains('Goals (run as mvn wataomi:<goal>)') }.takeWhile { !it.contains('BUILD') && !it.startsWith('[INFO] ---') }
assert helpLines.size() < goals.size() + 8 : "the short help has ${helpLines.size()} lines:\n${helpLines.join('\n')}"
assert brief.contains('wataomi:downgrade  Rolls revisions back\n')
assert brief.contains('wataomi:db-start   Runs the embedded database on a fixed port until wataomi:db-stop\n')
assert brief.contains('mvn wataomi:help -Dgoal=<goal>') && brief.contains('mvn wataomi:help -Ddetail=true')
assert !brief.contains('-Dwataomi.target') && !brief.contains('default:')

// -Ddetail=true: every goal, every parameter with its -D property, default and description.
goals.each { goal ->
    assert detail.contains("wataomi:${goal}\n") : "goal ${goal} is not described"
}
['-Dwataomi.target', '-Dwataomi.sql', '-Dwataomi.sqlFile', '-Dwataomi.url', '-Dwataomi.password', '-Dwataomi.message',
 '-Dwataomi.autogenerate', '-Dwataomi.verbose', '-Dwataomi.range', '-Dwataomi.skip', '-Dwataomi.serverId',
 '-Dwataomi.lockTimeout', '-Dwataomi.ddlLockTimeout', '-Dwataomi.ddlLockRetries', '-Dwataomi.statementTimeout', '-Dwataomi.revisions', '-Dwataomi.casdoor.endpoint', '-Dwataomi.casdoor.clientId',
 '-Dwataomi.casdoor.clientSecret', '-Dwataomi.casdoor.orgName', '-Dwataomi.casdoor.appName', '-Dwataomi.casdoor.certificate',
 '-Dwataomi.casdoor.serverId', '-Dwataomi.casdoor.connectTimeout', '-Dwataomi.casdoor.readTimeout', '-Dwataomi.casdoor.retries',
 '-Dwataomi.casdoor.pageSize', '-Dwataomi.sync.defaultWorkspace', '-Dwataomi.sync.defaultWorkspaceName', '-Dwataomi.sync.memberRole',
 '-Dwataomi.packages', '-Dwataomi.namingStrategy', '-Dwataomi.format', '-Dwataomi.renames', '-Dwataomi.safeDdl', '-Dwataomi.lint.severity',
 '-Dwataomi.diffAgainst', '-Dwataomi.devUrl', '-Dwataomi.reset.confirm', '-Dwataomi.reset.allowRemote', '-Dwataomi.reset.schemas', '-Dwataomi.reset.sync', '-Dwataomi.port'].each { prop ->
    assert detail.contains(prop) : "parameter property ${prop} is not listed"
}
assert detail.contains('Where to go: head (fails if there are two heads)') : 'parameter descriptions are missing'
// Defaults come from the plugin descriptor (one default per option), shown next to the property.
assert detail =~ /target  \(-Dwataomi\.target\)  default: head/ : 'the default of upgrade\'s target is not shown'
assert detail =~ /changelogDirectory  \(-Dwataomi\.changelogDirectory\)  default: \$\{project\.basedir\}\/src\/main\/resources\/db\/changelog/
assert detail =~ /embeddedDirectory  \(-Dwataomi\.embeddedDirectory\)  default: \$\{project\.basedir\}\/target\/wataomi\/postgres/
assert detail.contains('fileTemplate  (-Dwataomi.fileTemplate)  default: {year}{month}{day}_{hour}{minute}-{rev}_{slug}')
assert detail =~ /message  \(-Dwataomi\.message\)  required/ : 'create\'s message is not marked required'
// The sync's table mapping is one map parameter whose keys are also -Dwataomi.sync.<key> properties.
assert detail.contains('syncTables') && detail.contains('-Dwataomi.sync.user.table=app_user')
assert detail.contains('It asks for the database name first; in batch mode')

// -Dgoal=downgrade: that goal alone, its parameters one line each, target marked required; no descriptions.
assert oneGoal.contains('wataomi:downgrade\n')
assert oneGoal =~ /target  \(-Dwataomi\.target\)  required/ : 'downgrade\'s target is not marked required'
assert oneGoal =~ /sql  \(-Dwataomi\.sql\)  default: false/
assert !oneGoal.contains('wataomi:upgrade\n') && !oneGoal.contains('Print the SQL instead of running it')

// -Dgoal=wataomi:upgrade -Ddetail=true: the goal's parameters with their descriptions.
assert oneGoalDetail.contains('wataomi:upgrade\n') && !oneGoalDetail.contains('wataomi:downgrade\n')
assert oneGoalDetail.contains('Where to go: head (fails if there are two heads)')

assert unknown.contains("There is no goal 'upgrde'. The goals are: check, create, current, db-start, db-stop, downgrade")
return true
