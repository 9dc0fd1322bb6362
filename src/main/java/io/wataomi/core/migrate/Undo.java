package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;
import io.wataomi.core.shared.WataomiException;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a downgrade undoes of one revision: the changeSets that ran, newest first, each checked to be reversible before
 * anything changes.
 *
 * @param revision the revision
 * @param steps    its changeSets, split into transactional part, concurrent steps and marker
 * @param ran      those that ran, newest first
 */
record Undo(Revision revision, RevisionSteps steps, List<ChangeSet> ran) {

    /** Checks a revision's rollback: refused when its marker row cannot be matched or a changeSet cannot be reversed. */
    static Undo of(Revision revision, RevisionSteps steps, AppliedHistory history, Database database) {
        List<ChangeSet> ran = new ArrayList<>(steps.all().stream().filter(cs -> history.ran(cs) != null).toList());
        if (history.recordedPath(revision.id()) != null && !ran.contains(steps.marker())) {
            throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + ") is recorded as applied under "
                    + history.recordedPath(revision.id()) + ", but no history row matches its marker changeSet id=\""
                    + revision.id() + "\" author=\"wataomi\", so a downgrade would roll back nothing. Nothing was changed.");
        }
        Collections.reverse(ran);
        for (ChangeSet cs : ran) {
            if (!cs.supportsRollback(database)) {
                throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + ") cannot be rolled back:"
                        + " changeSet " + cs.getId() + "::" + cs.getAuthor() + " has changes Liquibase cannot reverse and no"
                        + " <rollback>. Add a <rollback> to it. Nothing was changed.");
            }
        }
        return new Undo(revision, steps, List.copyOf(ran));
    }

    /** Those of the given changeSets that ran, newest first. */
    List<ChangeSet> ranOf(List<ChangeSet> part) {
        return ran.stream().filter(part::contains).toList();
    }
}
