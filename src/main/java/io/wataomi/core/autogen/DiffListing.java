package io.wataomi.core.autogen;

import io.wataomi.core.diff.Operation;

import java.util.ArrayList;
import java.util.List;

/** The operations of a difference as lines for people, cut at a length a terminal can show. */
final class DiffListing {
    static final int LISTED = 60;

    private DiffListing() {
    }

    /** One line per operation, the first {@link #LISTED}, then how many more. */
    static List<String> lines(List<Operation> operations, String prefix, String more) {
        return described(operations.stream().map(Operation::describe).toList(), prefix, more);
    }

    /** One line per description, the first {@link #LISTED}, then how many more. */
    static List<String> described(List<String> descriptions, String prefix, String more) {
        List<String> lines = new ArrayList<>();
        descriptions.stream().limit(LISTED).forEach(d -> lines.add(prefix + d));
        if (descriptions.size() > LISTED) {
            lines.add(prefix.isBlank() ? prefix + "... and " + (descriptions.size() - LISTED) + " more" + more
                    : "... and " + (descriptions.size() - LISTED) + " more" + more);
        }
        return lines;
    }
}
