package io.wataomi.core.lint;

import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * One pending statement as lint judged it.
 *
 * @param revision  the revision it belongs to
 * @param changeSet the changeSet's id
 * @param sql       its SQL, empty when Liquibase could not generate it
 * @param table     the table it works on, or null
 * @param size      that table's size from the live database's statistics, {@code new} for a table the pending
 *                  statements create, or {@code -}
 * @param lock      the lock it takes on that table (PostgreSQL's mode name), {@code -} for none, {@code ?} when unknown
 * @param effect    {@code rewrite}, {@code scan}, {@code no} or {@code ?}
 * @param findings  the rules it breaks, errors and warnings
 * @param unread    why it, or part of it, could not be read (so its lock or work is {@code ?}), or empty
 */
public record LintedStatement(Revision revision, String changeSet, String sql, QualifiedName table, String size, String lock,
                              String effect, List<Finding> findings, String unread) {
    public LintedStatement {
        findings = List.copyOf(findings);
    }
}
