package io.wataomi.cli;

import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.PropertyNames;

import java.util.List;

/** The text of {@code --help}: the commands, how settings are given, and the settings the commands read. */
final class CliHelp {
    private CliHelp() {
    }

    private record Setting(String property, String variable, String meaning) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(PropertyNames.URL, "DATABASE_URL", "jdbc:postgresql://host:5432/db or postgresql://user:pw@host:5432/db"),
            new Setting(PropertyNames.USERNAME, "DATABASE_USER", "database user"),
            new Setting(PropertyNames.PASSWORD, "DATABASE_PASSWORD", "database password; never printed"),
            new Setting(PropertyNames.SCHEMA, "", "schema of the history table and the revisions; default " + Defaults.SCHEMA),
            new Setting(PropertyNames.CLASSPATH, "", "application jar or classes folder whose db/changelog holds the revisions"),
            new Setting("", "", "(also --classpath app.jar; a Spring Boot jar's BOOT-INF/classes too)"),
            new Setting(PropertyNames.CHANGELOG_DIRECTORY, "", "or the changelog folder; default src/main/resources/db/changelog"),
            new Setting(PropertyNames.TARGET, "", "or the word after the command: upgrade head (default), heads, +N, a revision;"),
            new Setting("", "", "downgrade -N, a revision, base; stamp head, heads, base, a revision"),
            new Setting(PropertyNames.SQL, "", "upgrade, downgrade: write the SQL instead of running it; with a target"),
            new Setting("", "", "from:to (base:head, a1b2c3d4e5f6:head) no database is read"),
            new Setting(PropertyNames.SQL_FILE, "", "with sql: write the SQL to this file instead of standard output"),
            new Setting(PropertyNames.VERBOSE, "", "current: each revision's parents, file and dates"),
            new Setting(PropertyNames.RANGE, "", "history: only lower:upper (a revision, base, head or current)"),
            new Setting(PropertyNames.CONTEXTS, "", "Liquibase context expression"),
            new Setting(PropertyNames.LABELS, "", "Liquibase label expression"),
            new Setting(PropertyNames.LOCK_TIMEOUT, "", "seconds to wait for another run's lock; default " + Defaults.LOCK_TIMEOUT_SECONDS),
            new Setting(PropertyNames.HEARTBEAT, "", "a line naming a long-running changeSet this often; default "
                    + Defaults.HEARTBEAT + ", 0: none"),
            new Setting("wataomi.casdoor.*", "CASDOOR_*", "sync: endpoint, clientId, clientSecret (never printed), orgName, ..."),
            new Setting(PropertyNames.SYNC_PREFIX + "*", "", "sync: the tables and columns it writes, as for mvn wataomi:sync"));

    static String text() {
        StringBuilder sb = new StringBuilder("""
                Usage: java -jar wataomi-cli.jar <command> [target] [settings]

                Runs wataomi's migrations where the application runs, with the Maven goals' guarantees: each revision in
                one transaction with its history rows, under a PostgreSQL advisory lock, secrets masked. Needs only Java.

                Commands:
                """);
        for (CliCommand c : CliCommand.values()) {
            sb.append(String.format("  %-10s %s%n", c.label(), c.summary()));
        }
        sb.append("""

                create, check, init, merge and reset need the project and Maven: mvn wataomi:<goal>.

                Settings, lowest to highest: .env in the current folder, environment variables, -D properties of the JVM
                (java -Dwataomi.url=... -jar), then arguments: -Dwataomi.<name>=<value> or --wataomi.<name>=<value>.

                """);
        for (Setting s : SETTINGS) {
            sb.append(String.format("  %-27s %-18s %s%n", s.property(), s.variable(), s.meaning()));
        }
        sb.append("""

                Exit status: 0 done, 1 failed (the message is on standard error), 2 a command line it cannot run.
                Reports (current, history, heads) and offline SQL go to standard output, everything else to standard error.
                """);
        return sb.toString();
    }
}
