package io.wataomi.core.autogen;

import io.wataomi.core.diff.Diff;

import java.util.List;

/**
 * An init.
 *
 * @param createdTables the tables created
 * @param remaining     the differences init leaves to a revision
 */
public record InitResult(List<String> createdTables, Diff remaining) {
}
