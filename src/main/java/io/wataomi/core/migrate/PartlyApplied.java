package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * A revision some of whose changeSets are recorded but not its marker: its transactional part committed and a concurrent
 * step has yet to run (or failed), or a run was killed after a commit in its middle. It does not count as applied;
 * upgrade runs only what is pending, downgrade undoes what ran.
 *
 * @param revision the revision
 * @param ran      ids of its changeSets that ran, in file order
 * @param pending  ids of those that did not, the marker last
 */
public record PartlyApplied(Revision revision, List<String> ran, List<String> pending) {
    /** The report line. */
    public String describe() {
        return "Revision " + revision.id() + " (" + revision.message() + ") is partly applied: " + ran.size() + " of its "
                + (ran.size() + pending.size()) + " changeSets ran; pending: " + String.join(", ", pending.subList(0, pending.size() - 1))
                + (pending.size() > 1 ? ", " : "") + "its marker. Run mvn wataomi:upgrade to finish it, or mvn wataomi:downgrade"
                + " to undo what of it ran.";
    }
}
