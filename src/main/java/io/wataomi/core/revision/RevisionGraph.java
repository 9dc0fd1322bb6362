package io.wataomi.core.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/** The revisions and their parent links: heads, bases, ancestry, and a stable topological order. */
public final class RevisionGraph {
    private static final Comparator<Revision> AGE = Comparator.comparing(Revision::created).thenComparing(Revision::id);

    private final Map<String, Revision> byId;
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<Revision> ordered;
    private final Map<String, Integer> position = new HashMap<>();

    private RevisionGraph(Map<String, Revision> byId) {
        this.byId = byId;
        byId.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        for (Revision r : byId.values()) {
            for (String p : r.parents()) {
                if (!byId.containsKey(p)) {
                    throw new RevisionException("Revision " + r.id() + " (" + r.fileName() + ") revises " + p
                            + ", which no file in the versions folder defines. Restore that revision's file or fix"
                            + " wataomi.down_revision in " + r.fileName() + ".");
                }
                children.get(p).add(r.id());
            }
        }
        this.ordered = topological();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i).id(), i);
        }
    }

    /** Builds the graph, refusing duplicate ids, unknown parents and cycles. */
    public static RevisionGraph of(Collection<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision r : revisions) {
            Revision clash = byId.put(r.id(), r);
            if (clash != null) {
                throw new RevisionException("Revision id " + r.id() + " is defined twice: in " + clash.fileName() + " and in "
                        + r.fileName() + ". Give one of them a new id (and update revisions that revise it).");
            }
        }
        return new RevisionGraph(byId);
    }

    private List<Revision> topological() {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<Revision> ready = new PriorityQueue<>(AGE);
        for (Revision r : byId.values()) {
            waiting.put(r.id(), r.parents().size());
            if (r.parents().isEmpty()) {
                ready.add(r);
            }
        }
        List<Revision> out = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            Revision r = ready.poll();
            out.add(r);
            for (String c : children.get(r.id())) {
                if (waiting.merge(c, -1, Integer::sum) == 0) {
                    ready.add(byId.get(c));
                }
            }
        }
        if (out.size() != byId.size()) {
            String cycle = byId.keySet().stream().filter(id -> waiting.get(id) > 0).sorted().collect(Collectors.joining(", "));
            throw new RevisionException("The revisions form a cycle through " + cycle + ". Fix wataomi.down_revision in their files.");
        }
        return out;
    }

    /** Every revision, parents before children. */
    public List<Revision> ordered() {
        return ordered;
    }

    /** True when there are no revisions. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The revision with this exact id, or null. */
    public Revision get(String id) {
        return byId.get(id);
    }

    /** The parent of a new revision: the single head, or none on an empty graph; two heads need a merge first. */
    public List<String> parentForNewRevision() {
        List<Revision> heads = heads();
        if (heads.size() > 1) {
            throw new RevisionException("Multiple heads: " + Targets.label(heads) + ". A new revision needs one parent; run"
                    + " mvn wataomi:merge -Dwataomi.message=\"merge heads\" first.");
        }
        return heads.isEmpty() ? List.of() : List.of(heads.get(0).id());
    }

    /** Revisions nothing revises, oldest first. */
    public List<Revision> heads() {
        return ordered.stream().filter(r -> children.get(r.id()).isEmpty()).toList();
    }

    /** The revisions that revise this one. */
    public List<String> children(String id) {
        return children.get(id);
    }

    /** Resolves a full id or a unique prefix of one; the error lists what exists. */
    public Revision resolve(String idOrPrefix) {
        Revision exact = byId.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<Revision> matches = ordered.stream().filter(r -> r.id().startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new RevisionException("No revision matches '" + idOrPrefix + "'. " + listing());
        }
        throw new RevisionException("'" + idOrPrefix + "' is ambiguous: it is a prefix of "
                + matches.stream().map(r -> r.id() + " (" + r.message() + ")").collect(Collectors.joining(", "))
                + ". Type more characters of the id.");
    }

    /** A sentence listing the revisions, newest first, for error messages. */
    public String listing() {
        if (ordered.isEmpty()) {
            return "There are no revisions yet: create one with mvn wataomi:create -Dwataomi.message=\"...\".";
        }
        StringBuilder sb = new StringBuilder("Revisions (newest first): ");
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Revision r = ordered.get(i);
            sb.append(r.id()).append(" (").append(r.message()).append(")");
            if (i > 0) {
                sb.append(", ");
            }
        }
        return sb.append(", plus 'base', 'head' and 'heads'.").toString();
    }

    /** The ids of a revision and all its ancestors. */
    public Set<String> lineage(String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (seen.add(r)) {
                todo.addAll(byId.get(r).parents());
            }
        }
        return seen;
    }

    /** The ids of all revisions that descend from this one, not including it. */
    public Set<String> descendants(String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(children.get(id));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (seen.add(r)) {
                todo.addAll(children.get(r));
            }
        }
        return seen;
    }

    /** The given revisions in dependency order, parents first. */
    public List<Revision> inOrder(Collection<String> ids) {
        return ids.stream().map(byId::get).sorted(Comparator.comparing(r -> position.get(r.id()))).toList();
    }

    /** Of a set of applied revisions, those no other applied revision descends from. */
    public List<Revision> currentHeads(Set<String> applied) {
        return inOrder(applied.stream().filter(byId::containsKey)
                .filter(id -> children.get(id).stream().noneMatch(applied::contains)).toList());
    }
}
