package io.wataomi.core.db;

import java.nio.file.Path;

/**
 * The embedded database as db-start left it running.
 *
 * @param dataDirectory  its data folder
 * @param port           its port on localhost
 * @param jdbcUrl        the JDBC URL of the {@value EmbeddedDatabase#DATABASE} database (user {@value EmbeddedDatabase#USER},
 *                       no password)
 * @param psql           a psql command line that opens that database
 * @param alreadyRunning true when it ran already and this run only reported it
 */
public record DbStartResult(Path dataDirectory, int port, String jdbcUrl, String psql, boolean alreadyRunning) {
}
