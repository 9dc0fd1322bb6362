/**
 * The sync goal: Casdoor's users and applications into the local user, workspace and membership tables, all or
 * nothing, under the migration lock. Input: the casdoor client's records and the target tables. Output: upserted rows.
 */
package io.wataomi.core.sync;
