def log = new File(basedir, 'build.log').getText('UTF-8')
def winners = log.readLines().findAll { it.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/') && it.contains('[ERROR] Failed') }
        .collect { (it =~ /Cannot connect to (jdbc:postgresql:\/\/127\.0\.0\.1:1\/\w+ as \w+)/)[0][1] }
// 1: the environment beats .env and the pom; 2: -D beats the environment;
// 3: a -D URL without credentials plus -D username: the username from the same (highest) layer.
assert winners == ['jdbc:postgresql://127.0.0.1:1/from_env as envuser',
                   'jdbc:postgresql://127.0.0.1:1/from_cli as cliuser',
                   'jdbc:postgresql://127.0.0.1:1/from_cli_jdbc as cli_only'] : winners
['PomPw0rdZq', 'DotEnvPw0rdZq', 'EnvPw0rdZq', 'CliPw0rdZq'].each { assert !log.contains(it) : "${it} leaked" }
return true
