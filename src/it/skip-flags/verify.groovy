File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

assert log.contains('Skipping wataomi:upgrade (wataomi.skip is true)')
assert log.contains('Skipping wataomi:upgrade (wataomi.upgrade.skip is true)')
assert log.contains('Skipping wataomi:current (wataomi.skip is true)')
assert log.contains('Skipping wataomi:history (wataomi.skip is true)')
assert log.contains('Skipping wataomi:downgrade (wataomi.downgrade.skip is true)')
// Skipped without their required parameters.
assert log.contains('Skipping wataomi:create (wataomi.skip is true)')
assert log.contains('Skipping wataomi:downgrade (wataomi.skip is true)')
assert log.contains('Skipping wataomi:stamp (wataomi.skip is true)')
assert log.contains('Skipping wataomi:create (wataomi.create.skip is true)')
assert log.findAll('Skipping wataomi:').size() == 9
assert !log.contains('are missing or invalid') : 'Maven refused a goal before its skip flag was read'

// Not skipped, a missing required parameter names the property and an example.
assert log.contains('wataomi:create needs message: run it with -Dwataomi.message="add user bio field", or set <message> in the plugin\'s <configuration>.')
assert log.contains('wataomi:downgrade needs target: run it with -Dwataomi.target=-1, or set <target> in the plugin\'s <configuration>.')
assert log.findAll('BUILD FAILURE').size() == 2

assert !log.contains('Using the embedded PostgreSQL') : 'a skipped or refused goal connected to the database'
// No goal ran, so the embedded PostgreSQL was never even created.
assert !new File(basedir, 'target/wataomi/postgres').exists() : 'a skipped goal created the embedded database'
true
