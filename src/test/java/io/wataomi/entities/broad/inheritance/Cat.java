package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Entity;

/** Another TABLE_PER_CLASS subclass. */
@Entity
public class Cat extends Animal {
    private int lives;
}
