package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Entity;

/** A plain entity on top of the mapped superclass only. */
@Entity
public class Gadget extends Audited {
    private String label;
}
