def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build did not run at debug level'
assert log.contains('Cannot connect to jdbc:postgresql://127.0.0.1:1/appdb') : 'the connection error is missing'
['Pw0rdInUrlZq', 'Pw0rdOnCliZq', 'Pw0rdInQueryZq', 'Pw0rdInDotEnvZq'].each { secret ->
    assert !log.contains(secret) : "secret ${secret} appears in build.log"
}
// The -X parameter listing shows the expression, not the value.
assert log.contains('(f) password = <password>${wataomi.password}</password>')
return true
