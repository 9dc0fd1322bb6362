import io.wataomi.it.ScenarioCasdoor

ScenarioCasdoor.copyQuickstart(basedir)
ScenarioCasdoor.start(basedir, false)
new File(basedir, '.env') << '\nCASDOOR_CERTIFICATE="-----BEGIN CERTIFICATE-----\nMIIE3TCCAsWgAwIBAgIDAeJAMA0GCSqGSIb3DQEBCwUAMCgxDjAMBgNVBAoTBWFk\n-----END CERTIFICATE-----"\n'
return true
