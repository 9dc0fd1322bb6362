/**
 * The render stage. Input: the operations of a {@link io.wataomi.core.diff.Diff} and a revision header. Output: the
 * text of a revision file in XML, YAML or formatted SQL, one changeSet per operation with its rollback (Liquibase's
 * own changes where they are exact, SQL elsewhere). Next stage: revision, which saves the file and the master changelog.
 */
package io.wataomi.core.render;
