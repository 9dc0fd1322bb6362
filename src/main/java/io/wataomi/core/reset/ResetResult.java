package io.wataomi.core.reset;

import io.wataomi.core.migrate.MigrationResult;
import io.wataomi.core.sync.SyncResult;

import java.util.List;

/**
 * What a reset did.
 *
 * @param schemas the schemas cleared
 * @param dropped the objects dropped by name (objects dropped with them, like indexes, not counted)
 * @param upgrade the upgrade to head that followed
 * @param sync    the sync that followed, or null when Casdoor is not configured
 */
public record ResetResult(List<String> schemas, int dropped, MigrationResult upgrade, SyncResult sync) {
}
