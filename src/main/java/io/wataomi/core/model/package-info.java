/**
 * The schema model: immutable records of what PostgreSQL's catalog holds, passed from introspect (its output) to
 * diff (its input). Both sides of a diff are read into it by the same catalog reader, so names, types and
 * expressions are in PostgreSQL's own canonical form.
 */
package io.wataomi.core.model;
