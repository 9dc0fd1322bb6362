package io.wataomi.entities.broad.keys;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** @EmbeddedId: a two-column primary key. */
@Entity
public class OrderLine {
    @EmbeddedId
    private OrderLineId id;

    private int quantity;
}
