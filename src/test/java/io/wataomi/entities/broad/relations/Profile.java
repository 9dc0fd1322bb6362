package io.wataomi.entities.broad.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The inverse side of a one-to-one. */
@Entity
public class Profile {
    @Id
    @GeneratedValue
    private Long id;

    private String bio;

    @OneToOne(mappedBy = "profile")
    private Author author;
}
