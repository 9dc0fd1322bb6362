/**
 * Runs revisions through Liquibase, each in one transaction with its history rows: upgrade, downgrade, stamp, offline
 * SQL, and the current and history reports. Input: revisions chosen from the graph. Output: a changed database and
 * its history table. Last stage.
 */
package io.wataomi.core.migrate;
