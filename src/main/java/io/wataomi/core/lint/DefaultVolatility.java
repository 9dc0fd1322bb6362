package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.DefaultValue;

import java.sql.SQLException;
import java.util.Map;

/**
 * Whether a new column's default makes PostgreSQL compute a value per existing row: it does for a default that calls a
 * volatile function (random(), gen_random_uuid(), clock_timestamp(), nextval()), and stores one value for the whole
 * table otherwise (now() is stable: one value). Volatility is the database's own, from pg_proc.
 */
final class DefaultVolatility {
    private final LiveFacts facts;

    DefaultVolatility(LiveFacts facts) {
        this.facts = facts;
    }

    /** REWRITE for a volatile default, NONE for none or a non-volatile one, UNKNOWN when a function it calls is not in the database. */
    Effect effect(DefaultValue value) throws SQLException {
        if (value == null || value.functions().isEmpty()) {
            return Effect.NONE;
        }
        Map<String, Character> volatility = facts.volatility(value.functions());
        if (volatility.containsValue('v')) {
            return Effect.REWRITE;
        }
        return volatility.size() < value.functions().size() ? Effect.UNKNOWN : Effect.NONE;
    }

    /** The functions a default calls that the database has none of, comma-separated. */
    String unknownFunctions(DefaultValue value) throws SQLException {
        Map<String, Character> volatility = facts.volatility(value.functions());
        return String.join(", ", value.functions().stream().filter(f -> !volatility.containsKey(f)).toList());
    }
}
