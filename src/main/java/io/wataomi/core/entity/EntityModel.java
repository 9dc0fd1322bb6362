package io.wataomi.core.entity;

import java.util.List;
import java.util.Map;

/**
 * The desired schema of a project's entities, as Hibernate ORM would create it on PostgreSQL.
 *
 * @param ddl            the CREATE statements in order, each complete and without a trailing semicolon;
 *                       they start with {@code create schema if not exists} for every schema but public.
 *                       Tables, sequences and indexes are schema-qualified; PostgreSQL enum types
 *                       ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}) and their casts are not (Hibernate writes
 *                       them so), so apply the statements with the default schema first on the search_path
 * @param entityClasses  the names of the {@code @Entity} classes found, sorted
 * @param schemas        every schema the tables and sequences live in (the default one included), as
 *                       PostgreSQL names them, sorted
 * @param namingStrategy the naming strategy used, e.g. {@code snake_case (auto: Spring Boot found)}
 * @param owners         lower-case table and column names -&gt; the entities or fields they most likely come from
 * @param statedNames    the key, constraint and index names the mapping states, as written; the others in the DDL are
 *                       made up (see {@link io.wataomi.core.model.NameOrigin})
 */
public record EntityModel(List<String> ddl, List<String> entityClasses, List<String> schemas, String namingStrategy,
                          Map<String, List<String>> owners, List<String> statedNames) {
    public EntityModel {
        ddl = List.copyOf(ddl);
        entityClasses = List.copyOf(entityClasses);
        schemas = List.copyOf(schemas);
        owners = owners == null ? Map.of() : Map.copyOf(owners);
        statedNames = statedNames == null ? List.of() : List.copyOf(statedNames);
    }

    /** A model without name owners, stating no name. */
    public EntityModel(List<String> ddl, List<String> entityClasses, List<String> schemas, String namingStrategy) {
        this(ddl, entityClasses, schemas, namingStrategy, Map.of(), null);
    }
}
