/**
 * Connections: the live database (configured or embedded), the embedded server (started per build, or kept running
 * by db-start until db-stop, one per data folder), scratch databases for normalising schemas, the migration advisory
 * lock, and {@link io.wataomi.core.db.RunContext}, through which every command connects and locks.
 * Input: {@link io.wataomi.core.config.ConnectionConfig}. Output: open connections.
 */
package io.wataomi.core.db;
