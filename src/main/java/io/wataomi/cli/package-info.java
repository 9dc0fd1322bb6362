/**
 * The command-line jar: the runtime goals (upgrade, downgrade, current, history, heads, stamp, sync) without Maven, for
 * containers and deploy jobs. It reads the same settings as the Maven goals and calls the same facade; it uses nothing
 * of Maven, Hibernate or the embedded PostgreSQL, which the jar leaves out.
 */
package io.wataomi.cli;
