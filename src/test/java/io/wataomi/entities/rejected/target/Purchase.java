package io.wataomi.entities.rejected.target;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Rejected: a many-to-one whose target is not an entity. */
@Entity
public class Purchase {
    @Id
    private Long id;

    @ManyToOne
    private Shop shop;
}
