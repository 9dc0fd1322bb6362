package io.wataomi.entities.broad.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable kept in an element collection. */
@Embeddable
public class Address {
    private String street;
    private String city;

    @Column(name = "zip_code", length = 10)
    private String zip;
}
