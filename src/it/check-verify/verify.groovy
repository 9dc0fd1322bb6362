def log = new File(basedir, 'build.log').text
assert log.contains('wataomi-maven-plugin') && log.contains(':check (schema-gate)')
assert log.contains('No changes detected: the database matches the entities.')
assert log.contains('No changes detected: the revisions match the entities.')
assert log.contains('The entities and the database differ (1 change):')
assert log.contains('The entities and the revisions differ (1 change):')
assert log.count('create table public.tag') >= 2
assert log.contains('[ERROR] Failed to execute goal io.wataomi:wataomi-maven-plugin')
return true
