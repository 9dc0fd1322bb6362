package io.wataomi.core.entity;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit naming Spring Boot configures (its {@code SpringImplicitNamingStrategy}): JPA's rules, except
 * that a join table is named after the owning table and the owning property ({@code user_roles}) rather than
 * after both entities ({@code User_Role}). Reproduced here because Spring Boot is not on the plugin's classpath.
 */
public class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
