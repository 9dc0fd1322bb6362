File buildLog = new File(basedir, 'build.log')
assert buildLog.isFile()
String log = buildLog.getText('UTF-8')

assert log.contains('Skipping wataomi:upgrade (wataomi.skip is true)')
assert log.contains('Skipping wataomi:upgrade (wataomi.upgrade.skip is true)')
assert log.contains('Skipping wataomi:current (wataomi.skip is true)')
assert log.contains('Skipping wataomi:history (wataomi.skip is true)')
assert log.contains('Skipping wataomi:downgrade (wataomi.downgrade.skip is true)')
assert log.findAll('Skipping wataomi:').size() == 5
assert !log.contains('Using the embedded PostgreSQL') : 'a skipped goal connected to the database'
assert !log.contains('BUILD FAILURE')

// No goal ran, so the embedded PostgreSQL was never even created.
assert !new File(basedir, 'target/wataomi/postgres').exists() : 'a skipped goal created the embedded database'
true
