def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[DEBUG]') : 'the build did not run at debug level'
assert log.contains('[ERROR] Failed to execute goal') && log.contains('at org.apache.maven') : 'no stack trace (-e)'

// Each goal got as far as it should, with the message that names the setting.
assert log.count('Cannot connect to jdbc:postgresql://127.0.0.1:1/cfg') >= 5
assert log.contains('is not a PostgreSQL URL: it starts with mysql://.')
assert log.contains('has a user name or password before the host (user:password@host), which jdbc:postgresql: URLs cannot carry.')
assert log.contains("has a '%' in its password that is not followed by two hex digits.")
assert log.contains("has a '%' in its password parameter that is not followed by two hex digits.")
assert log.contains("line 5 is not KEY=value (it has no '='); the line before it sets DATABASE_PASSWORD.")
assert log.contains('line 2: the value of DATABASE_USER opens a double quote that does not close on that line.')
assert log.contains("Syncing organization 'wataomi' from Casdoor at http://127.0.0.1:1")
assert !log.contains('URLDecoder') && !log.contains('IllegalArgumentException') : 'a raw exception reached the log'
assert !log.contains('JDBC URL contains too many') : 'the driver printed a URL'

// No four characters in a row of any secret, as written or as decoded from a URL.
def secrets = [
    'Kq7@Vx:Wb/Jm%41Zy"Nd\'\u00dc\u20ac%zz\nRq5Lw', 'Kq7@Vx:Wb/JmAZy',
    'Tg4@Hy:Cv/Lp%41Nx', 'Tg4@Hy:Cv/LpANx',
    'Bw8@Qs:Zd/Fk%41Mj', 'Bw8@Qs:Zd/FkAMj',
    'Yc3@Pr:Ge/Wn%41Hb', 'Yc3@Pr:Ge/WnAHb',
    'Jx6%zzUo9Ki', 'Ae5%zzRb7Vt',
    'Oi4"Kl\'Mn\u00e9\u4e2d%zz\nPq8Sd',
    'Gs7@Wd:Ln', '/Ek%41Vr9Zb',
    'Ub2@Xo:Mf/Sj%41Tc',
    'Ic4@Gm:Ht/Ox%41Vu', 'Ic4@Gm:Ht/OxAVu',
    'Ik5@Nv:Ra/Ow%zz"Qe\'#Lh \u00f1\u00e5 Dy',
    'Vb3@Cz:Xm/Pq%zz"Hw#Rs',
    'Fo8@Lj:Ns/Uk%zzWe"Gy\u00e7Ht', 'Mq1TtRr5Ee7Ww9Yy3Uu6Ii8Oo2Pp4Aa',
    'Zr9@Dk:Hf/Wl%zz"Cx\'\nNb\u00fcGt',
    'Ey2@Tw:Qa/Zo%zzIu"Pl\u00f8Kc',
    'Wd6@Ak:Ym/Hs%zzVe"Jn\'\u00e4',
]
def leaks = []
secrets.each { secret ->
    (0..secret.length() - 4).each { i ->
        def piece = secret.substring(i, i + 4)
        if (log.contains(piece)) {
            leaks << piece
        }
    }
}
assert leaks.isEmpty() : "pieces of secrets in build.log: ${leaks.unique()}"
return true
