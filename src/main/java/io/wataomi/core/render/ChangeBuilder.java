package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an operation into Liquibase's own changes (createTable, addColumn, ...) where Liquibase renders it exactly
 * on PostgreSQL, and into a {@code sql} change with the exact statement where it would not (generated columns,
 * expression indexes, check constraints, types Liquibase rewrites).
 */
public final class ChangeBuilder {
    /** Types that Liquibase's type translation passes to PostgreSQL unchanged. */
    private static final Pattern SAFE_TYPE = Pattern.compile(
            "(character varying|character|numeric|bit)(\\(\\d+(,\\d+)?\\))?"
                    + "|(timestamp|time)(\\(\\d\\))? with(out)? time zone"
                    + "|(smallint|integer|bigint|real|double precision|boolean|date|text|uuid|jsonb|json|bytea|oid|xml|inet|interval)"
                    + "|(smallint|integer|bigint|text|boolean|uuid|date)\\[\\]");

    private ChangeBuilder() {
    }

    /** The changes that perform the operation. */
    public static List<ChangeNode> of(Operation op) {
        ChangeNode node = op.accept(LiquibaseChange.INSTANCE);
        if (node != null) {
            return List.of(node);
        }
        List<ChangeNode> out = new ArrayList<>();
        for (String sql : SqlText.of(op)) {
            out.add(ChangeNode.text("sql", sql));
        }
        return out;
    }

    static boolean safe(String type) {
        return SAFE_TYPE.matcher(type).matches();
    }
}
