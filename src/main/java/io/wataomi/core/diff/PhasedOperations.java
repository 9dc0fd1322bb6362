package io.wataomi.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Operations collected by phase, so that the result applies in order (tables before their foreign keys, ...). */
final class PhasedOperations {
    /** The phases, in the order they run. */
    enum Phase {
        DROP_FOREIGN_KEY, RELEASE_SEQUENCE, DROP_CONSTRAINT, RENAME, CREATE_SCHEMA, CREATE_TYPE, CREATE_SEQUENCE, CREATE_TABLE,
        ALTER_COLUMN, DROP_TABLE, DROP_SEQUENCE, DROP_TYPE, ADD_CONSTRAINT, ADD_FOREIGN_KEY, OWN_SEQUENCE, COMMENT
    }

    private final Map<Phase, List<Operation>> byPhase = new EnumMap<>(Phase.class);

    void add(Phase phase, Operation op) {
        byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(op);
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Phase p : Phase.values()) {
            all.addAll(byPhase.getOrDefault(p, List.of()));
        }
        return all;
    }
}
