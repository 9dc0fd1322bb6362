package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param ran     the revisions applied or rolled back, in order
 * @param current the database's revisions afterwards (empty in offline mode)
 * @param script  the SQL written in offline mode, else null
 */
public record MigrationResult(List<Revision> ran, List<Revision> current, String script) {
}
