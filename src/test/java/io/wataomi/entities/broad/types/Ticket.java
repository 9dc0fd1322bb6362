package io.wataomi.entities.broad.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A primary key from a named sequence with its own start and increment. */
@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_gen")
    @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_number_seq", initialValue = 1000, allocationSize = 20)
    private long id;

    private String subject;
}
