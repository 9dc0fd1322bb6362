package io.wataomi.entities.rejected.noid;

import jakarta.persistence.Entity;

/** Rejected: an entity without an identifier. */
@Entity
public class Orphan {
    private String name;
}
