package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionGraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Selects the revisions of a history range {@code lower:upper} (each side optional). */
final class HistoryRange {
    private HistoryRange() {
    }

    static List<Revision> select(RevisionGraph graph, Set<String> applied, String range) {
        if (range == null || range.isBlank()) {
            return graph.ordered();
        }
        String r = range.strip();
        int colon = r.indexOf(':');
        if (colon < 0) {
            throw new RevisionException("wataomi.range must be lower:upper, e.g. base:head, abc123:current or :abc123; got '" + r + "'.");
        }
        Set<String> upper = side(graph, applied, r.substring(colon + 1), true);
        Set<String> lower = side(graph, applied, r.substring(0, colon), false);
        Set<String> shown = new HashSet<>();
        upper.forEach(id -> shown.addAll(graph.lineage(id)));
        for (String low : lower) {
            Set<String> below = new HashSet<>(graph.lineage(low));
            below.remove(low);
            shown.removeAll(below);
        }
        return graph.inOrder(shown);
    }

    private static Set<String> side(RevisionGraph graph, Set<String> applied, String token, boolean upper) {
        String t = token.strip();
        Set<String> out = new HashSet<>();
        if (t.isEmpty()) {
            if (upper) {
                graph.heads().forEach(h -> out.add(h.id()));
            }
            return out;
        }
        switch (t) {
            case "base" -> {
            }
            case "head", "heads" -> graph.heads().forEach(h -> out.add(h.id()));
            case "current" -> graph.currentHeads(applied).forEach(h -> out.add(h.id()));
            default -> out.add(graph.resolve(t).id());
        }
        return out;
    }
}
