package io.wataomi.entities.broad.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A primary key from Hibernate's default sequence ({@code note_seq}, increment 50). */
@Entity
public class Note {
    @Id
    @GeneratedValue
    private Long id;

    private String text;
}
