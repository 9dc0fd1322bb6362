package io.wataomi.entities.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.util.Set;

/** A camelCase entity, field and association: their names show which naming strategy ran. */
@Entity
public class CustomerAccount {
    @Id
    private Long id;

    private String firstName;

    @ManyToMany
    private Set<ProductItem> favouriteProducts;
}
