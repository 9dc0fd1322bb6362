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
        List<String> lines = new ArrayList<>();
        operations.stream().limit(LISTED).forEach(op -> lines.add(prefix + op.describe()));
        if (operations.size() > LISTED) {
            lines.add(prefix.isBlank() ? prefix + "... and " + (operations.size() - LISTED) + " more" + more
                    : "... and " + (operations.size() - LISTED) + " more" + more);
        }
        return lines;
    }
}
