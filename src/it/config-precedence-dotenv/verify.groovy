def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] Failed to execute goal') && log.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/from_dotenv as dotenvuser')
assert !log.contains('from_pom') : 'the pom value won over .env'
['PomPw0rdZq', 'DotEnvPw0rdZq'].each { assert !log.contains(it) : "${it} leaked" }
return true
