def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[DEBUG]') : 'the build did not run at debug level'
assert log.contains("Synced 3 users of organization 'wataomi'") : 'the secret from the settings.xml server did not work'
assert log.contains('refused the request: "Unauthorized operation"') : 'the wrong secret was not refused'
assert log.contains('[DEBUG] Casdoor: GET /api/get-organization-applications')
['Casd00rSecretZq-7f3c', 'WrongCasdoorSecretZq', 'do-not-log-this-secret', 'MIIE3TCCAsWgAwIBAgIDAeJAMA0GCSqGSIb3DQEBCwUAMCgxDjAMBgNVBAoTBWFk'].each { secret ->
    assert !log.contains(secret) : "secret ${secret} appears in build.log"
}
// The -X parameter listing shows the expressions, not the values.
assert log.contains('(f) casdoorClientSecret = <casdoorClientSecret>${wataomi.casdoor.clientSecret}</casdoorClientSecret>')
assert log.contains('(f) casdoorCertificate = <casdoorCertificate>${wataomi.casdoor.certificate}</casdoorCertificate>')
return true
