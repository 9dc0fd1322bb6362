package io.wataomi.entities.rejected.target;

/** Not an entity: the association to it cannot be mapped. */
public class Shop {
    private Long id;
}
