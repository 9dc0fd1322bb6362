/**
 * The reset goal: guarded wipe of the managed schemas, then upgrade to head and, when configured, a sync.
 * Input: confirmation options. Output: a rebuilt development database.
 */
package io.wataomi.core.reset;
