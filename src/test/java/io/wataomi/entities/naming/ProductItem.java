package io.wataomi.entities.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of the join table. */
@Entity
public class ProductItem {
    @Id
    private Long id;
}
