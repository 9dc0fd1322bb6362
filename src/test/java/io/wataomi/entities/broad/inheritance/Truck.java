package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

/** Another SINGLE_TABLE subclass. */
@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
    private BigDecimal payloadTons;
}
