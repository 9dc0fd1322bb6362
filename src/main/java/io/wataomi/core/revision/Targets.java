package io.wataomi.core.revision;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a target ({@code head}, {@code heads}, {@code base}, {@code +N}, {@code -N}, an id or unique
 * prefix) into the revisions to apply, unapply or stamp, given what the database has applied.
 */
public final class Targets {
    private static final String UPGRADE_FORMS = "head, heads, +N or a revision id or unique prefix";
    private static final String DOWNGRADE_FORMS = "-N, a revision id or unique prefix, or base";
    private static final String STAMP_FORMS = "head, heads, base, +N, -N or a revision id or unique prefix";

    private Targets() {
    }

    /** The revisions to apply, parents first, to reach the target. */
    public static List<Revision> upgrade(RevisionGraph graph, Set<String> applied, String target) {
        String t = target == null || target.isBlank() ? "head" : target.strip();
        Set<String> goal = new LinkedHashSet<>();
        if (graph.isEmpty()) {
            if (t.equals("head") || t.equals("heads")) {
                return List.of();
            }
            throw new RevisionException("Cannot upgrade to '" + t + "': " + graph.listing());
        }
        if (t.equals("head")) {
            goal.add(singleHead(graph, "upgrade head").id());
        } else if (t.equals("heads")) {
            graph.heads().forEach(h -> goal.add(h.id()));
        } else if (t.matches("\\+\\d+")) {
            goal.add(stepsUp(graph, applied, steps(t, UPGRADE_FORMS)));
        } else if (t.equals("base")) {
            return List.of();
        } else if (t.startsWith("-")) {
            throw new RevisionException("'" + t + "' goes down; upgrade takes head, heads, +N or a revision."
                    + " To go back, run mvn wataomi:downgrade -Dwataomi.target=" + t + ".");
        } else {
            goal.add(graph.resolve(t).id());
        }
        Set<String> needed = new HashSet<>();
        goal.forEach(g -> needed.addAll(graph.lineage(g)));
        needed.removeAll(applied);
        return graph.inOrder(needed);
    }

    /** The revisions to unapply, children first, to go down to the target. */
    public static List<Revision> downgrade(RevisionGraph graph, Set<String> applied, String target) {
        if (target == null || target.isBlank()) {
            throw new RevisionException("downgrade needs a target: -Dwataomi.target=-1 (one step), a revision id, or base.");
        }
        String t = target.strip();
        Set<String> remove = new HashSet<>();
        if (t.equals("base")) {
            remove.addAll(applied);
        } else if (t.matches("-\\d+")) {
            remove.addAll(stepsDown(graph, applied, steps(t, DOWNGRADE_FORMS)));
        } else if (t.startsWith("+") || t.equals("head") || t.equals("heads")) {
            throw new RevisionException("'" + t + "' goes up; downgrade takes -N, a revision or base."
                    + " To go forward, run mvn wataomi:upgrade -Dwataomi.target=" + t + ".");
        } else {
            Revision r = graph.resolve(t);
            if (!applied.contains(r.id())) {
                throw new RevisionException("Revision " + r.id() + " (" + r.message() + ") is not applied, so the database cannot go"
                        + " down to it. Current: " + label(graph.currentHeads(applied)) + ". Use upgrade to reach it.");
            }
            remove.addAll(graph.descendants(r.id()));
        }
        remove.retainAll(applied);
        remove.removeIf(id -> graph.get(id) == null);
        List<Revision> plan = new java.util.ArrayList<>(graph.inOrder(remove));
        java.util.Collections.reverse(plan);
        return plan;
    }

    /**
     * The revisions a database at {@code from} has applied, as offline SQL for a range {@code from:to} assumes it: none for
     * {@code base}, else the lineage of {@code head}, of every head ({@code heads}), or of a revision id or unique prefix.
     */
    public static Set<String> at(RevisionGraph graph, String from) {
        if (from.matches("[+-]\\d+")) {
            throw new RevisionException("A range starts at a revision, not at '" + from + "' (a step from where a database"
                    + " stands, which offline SQL does not read): use base, head, heads or a revision id, e.g. base:head.");
        }
        return lineages(graph, from, "start a script at");
    }

    /** The set of revisions that should count as applied after stamping the target. */
    public static Set<String> stamp(RevisionGraph graph, Set<String> applied, String target) {
        if (target == null || target.isBlank()) {
            throw new RevisionException("stamp needs a target: -Dwataomi.target=head, heads, base or a revision id.");
        }
        String t = target.strip();
        if (!t.matches("[+-]\\d+")) {
            return lineages(graph, t, "stamp");
        }
        steps(t, STAMP_FORMS);
        List<Revision> moved = t.startsWith("+") ? upgrade(graph, applied, t) : downgrade(graph, applied, t);
        Set<String> goal = new HashSet<>(applied);
        moved.forEach(r -> {
            if (t.startsWith("+")) {
                goal.add(r.id());
            } else {
                goal.remove(r.id());
            }
        });
        return goal;
    }

    /** The lineage of base (none), head, heads or a revision id or prefix; {@code what} names the goal in errors. */
    private static Set<String> lineages(RevisionGraph graph, String target, String what) {
        Set<String> goal = new HashSet<>();
        switch (target) {
            case "base" -> {
            }
            case "head" -> {
                if (graph.isEmpty()) {
                    throw new RevisionException("Cannot " + what + " 'head': there are no revisions yet. " + graph.listing());
                }
                goal.addAll(graph.lineage(singleHead(graph, what + " head").id()));
            }
            case "heads" -> graph.heads().forEach(h -> goal.addAll(graph.lineage(h.id())));
            default -> goal.addAll(graph.lineage(graph.resolve(target).id()));
        }
        return goal;
    }

    /** The N of {@code +N} or {@code -N}: from 1 to the largest int, else a one-line error naming the setting and the forms. */
    private static int steps(String target, String forms) {
        String digits = target.substring(1).replaceFirst("^0+(?=\\d)", "");
        int n = digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE ? 0 : Integer.parseInt(digits);
        if (n == 0) {
            throw new RevisionException("wataomi.target is '" + target + "': N in " + target.charAt(0) + "N must be from 1 to "
                    + Integer.MAX_VALUE + " (and no more than the revisions there are). Use " + forms + ".");
        }
        return n;
    }

    private static Revision singleHead(RevisionGraph graph, String what) {
        List<Revision> heads = graph.heads();
        if (heads.size() > 1) {
            throw new RevisionException("Multiple heads, so '" + what + "' is ambiguous: " + label(heads)
                    + ". Join them with mvn wataomi:merge -Dwataomi.message=\"merge heads\" (it revises "
                    + heads.stream().map(Revision::id).collect(Collectors.joining(" and "))
                    + "), or name one with -Dwataomi.target=<revision>, or apply all with -Dwataomi.target=heads.");
        }
        return heads.get(0);
    }

    private static String stepsUp(RevisionGraph graph, Set<String> applied, int n) {
        List<Revision> current = graph.currentHeads(applied);
        if (current.size() > 1) {
            throw new RevisionException("The database is at several heads (" + label(current) + "), so +" + n
                    + " is ambiguous. Name the revision to reach with -Dwataomi.target=<revision>.");
        }
        String at = current.isEmpty() ? null : current.get(0).id();
        for (int step = 1; step <= n; step++) {
            List<String> next = at == null ? graph.ordered().stream().filter(r -> r.parents().isEmpty()).map(Revision::id).toList()
                    : graph.children(at);
            if (next.isEmpty()) {
                throw new RevisionException("Cannot go up " + n + " revisions: only " + (step - 1) + " revisions lie above "
                        + (at == null ? "base" : at) + ". " + graph.listing());
            }
            if (next.size() > 1) {
                throw new RevisionException("Cannot go up " + n + " revisions: " + (at == null ? "base" : at) + " branches into "
                        + label(graph.inOrder(next)) + ". Name the revision to reach with -Dwataomi.target=<revision>.");
            }
            at = next.get(0);
        }
        return at;
    }

    private static Set<String> stepsDown(RevisionGraph graph, Set<String> applied, int n) {
        Set<String> remaining = new HashSet<>(applied);
        Set<String> removed = new LinkedHashSet<>();
        for (int step = 1; step <= n; step++) {
            List<Revision> current = graph.currentHeads(remaining);
            if (current.isEmpty()) {
                throw new RevisionException("Cannot go down " + n + " revisions: only " + (step - 1)
                        + " are applied. Use -Dwataomi.target=base to remove all. " + graph.listing());
            }
            if (current.size() > 1) {
                throw new RevisionException("Cannot go down " + n + " revisions: after " + (step - 1) + " the database is at several"
                        + " heads (" + label(current) + "). Name the revision to go down to with -Dwataomi.target=<revision>.");
            }
            remaining.remove(current.get(0).id());
            removed.add(current.get(0).id());
        }
        return removed;
    }

    /** Revisions as {@code id (message)}, comma-separated; "base" when there are none. */
    public static String label(List<Revision> revisions) {
        return revisions.isEmpty() ? "base"
                : revisions.stream().map(r -> r.id() + " (" + r.message() + ")").collect(Collectors.joining(", "));
    }
}
