package io.wataomi.entities.rejected.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The target, whose owning side is called parent, not mother. */
@Entity
public class Child {
    @Id
    private Long id;

    @ManyToOne
    private Parent parent;
}
