package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS subclass. */
@Entity
public class Dog extends Animal {
    private boolean goodBoy;
}
