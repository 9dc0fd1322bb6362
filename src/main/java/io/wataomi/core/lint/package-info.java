/**
 * The lint goal: the pending revisions' SQL (as Liquibase generates it) -&gt; each statement's actions (read from
 * Liquibase's statement objects, or from SQL text by a small tokenizer) -&gt; the lock, the work on the rows and the
 * table size from the live database -&gt; the rules broken, with their fixes. Reads only; changes nothing.
 */
package io.wataomi.core.lint;
