package io.wataomi.core.entity;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;

import java.util.List;

/**
 * Hibernate's boot metadata of a project's entities, valid while {@link EntitySource#withMetadata} runs its action.
 *
 * @param metadata       the mapping model Hibernate built
 * @param registry       the service registry it was built in (schema tools, dialect)
 * @param entityClasses  the names of the {@code @Entity} classes, sorted
 * @param namingStrategy how the naming strategy was chosen
 * @param owners         table and column names -&gt; the entities or fields they most likely come from
 * @param statedNames    the key, constraint and index names the mapping states
 */
public record BootedEntities(Metadata metadata, StandardServiceRegistry registry, List<String> entityClasses,
                             String namingStrategy, java.util.Map<String, List<String>> owners, List<String> statedNames) {
}
