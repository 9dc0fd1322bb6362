/**
 * Reads a PostgreSQL catalog (live or scratch) into the schema model with a few bulk pg_catalog queries.
 * Input: a connection and the schemas. Output: a {@link io.wataomi.core.model.Catalog}. Next: diff.
 */
package io.wataomi.core.introspect;
