def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The environment variable DATABASE_URL is set but empty. Set it to the database\'s URL (jdbc:postgresql://host:5432/db'
        + ' or postgresql://user:password@host:5432/db), or remove it to use the embedded database.')
assert log.contains('The environment variable DATABASE_USER and the environment variable DATABASE_PASSWORD are set, but no database URL'
        + ' is, and the embedded database would ignore them.')
def refused = 'No database URL is set and wataomi.embedded is false, so the embedded database is not used. Set DATABASE_URL in the' +
        ' environment, or -Dwataomi.url=jdbc:postgresql://host:5432/db.'
assert log.readLines().count { it.startsWith('[ERROR] Failed to execute goal') && it.contains(refused) } == 2
assert log.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/from_bom')
assert log.contains('[WARNING] .env sets DATABSE_URL, which wataomi does not read: did you mean DATABASE_URL?')
assert !log.contains('Vq9Lm2XtRw')
assert !log.contains('Using the embedded PostgreSQL') : 'a build ran against the embedded database'
['', 'bom', 'typo'].each { assert !new File(basedir, "${it}/target/wataomi").exists() : "an embedded database was created in ${it}" }
return true
