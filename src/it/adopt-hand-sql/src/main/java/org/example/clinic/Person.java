package org.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A person's names, stored as text. */
@MappedSuperclass
public abstract class Person extends Keyed {
    @Column(columnDefinition = "text")
    private String firstName;

    @Column(columnDefinition = "text")
    private String lastName;
}
