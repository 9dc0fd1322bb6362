package io.wataomi.core.lint;

import io.wataomi.core.model.QualifiedName;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether the application still reads a table or column that a pending statement drops or renames, and how that is
 * known. Two sources: the entities of this build (the release being deployed: if they map the column, this release
 * reads it), and pg_stat_statements on the live database (what the release running now sends). Neither saying so is
 * no proof that nothing reads it: a release older than this build may, and only pg_stat_statements sees it.
 */
final class ReadEvidence {
    private final Supplier<Map<QualifiedName, Set<String>>> entities;
    private final RecordedStatements recorded;
    private Map<QualifiedName, Set<String>> mapped;

    /**
     * @param mapped   the tables and columns this build's entities map, read on first use (empty when unknown)
     * @param recorded the recorded statements, or null without pg_stat_statements
     */
    ReadEvidence(Supplier<Map<QualifiedName, Set<String>>> entities, RecordedStatements recorded) {
        this.entities = entities;
        this.recorded = recorded;
    }

    /** Nothing known of any read. */
    static ReadEvidence none() {
        return new ReadEvidence(Map::of, null);
    }

    /** How a column is known to be read, or null. */
    String column(QualifiedName table, String column) {
        Set<String> columns = mapped().get(table);
        return evidence(columns != null && columns.contains(column), table, column);
    }

    /** How a table is known to be read, or null. */
    String table(QualifiedName table) {
        return evidence(mapped().containsKey(table), table, null);
    }

    private Map<QualifiedName, Set<String>> mapped() {
        if (mapped == null) {
            mapped = entities.get();
        }
        return mapped;
    }

    private String evidence(boolean mappedHere, QualifiedName table, String column) {
        long calls = recorded == null ? 0 : recorded.calls(table, column);
        if (!mappedHere && calls == 0) {
            return null;
        }
        String mappedPart = mappedHere ? "the entities of this build still map it" : "";
        String recordedPart = calls == 0 ? "" : "pg_stat_statements recorded " + String.format("%,d", calls) + " calls of statements"
                + " naming it" + recorded.since();
        return mappedPart + (mappedHere && calls > 0 ? "; " : "") + recordedPart;
    }
}
