package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass: its columns are nullable in the shared table. */
@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
    private int seats;
}
