package io.wataomi.core.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The operations that take the database to the entities, in the order they apply, plus hints (probable renames).
 */
public record Diff(List<Operation> operations, List<String> hints) {
    public Diff {
        operations = List.copyOf(operations);
        hints = List.copyOf(hints);
    }

    /** True when there is nothing to change. */
    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /** The operations that undo these, in the order they apply. */
    public List<Operation> reverse() {
        List<Operation> back = new ArrayList<>();
        for (Operation op : operations) {
            back.add(op.reverse());
        }
        Collections.reverse(back);
        return back;
    }

    /** The operations that can lose data. */
    public List<Operation> destructive() {
        return operations.stream().filter(Operation::destructive).toList();
    }
}
