package org.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row known by a name, stored as text. */
@MappedSuperclass
public abstract class Named extends Keyed {
    @Column(columnDefinition = "text")
    private String name;
}
