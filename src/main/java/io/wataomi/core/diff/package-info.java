/**
 * The diff stage. Input: two {@link io.wataomi.core.model.Catalog}s, the database's as introspect reads it and the
 * entities' (their DDL applied to a scratch database and read the same way), plus confirmed renames. Output: a
 * {@link io.wataomi.core.diff.Diff}, the {@link io.wataomi.core.diff.Operation}s between them in the order they apply,
 * each with its exact reverse. Next stage: render, which writes them as a revision's changeSets.
 */
package io.wataomi.core.diff;
