package io.wataomi.entities.broad.types;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A primary key from a named sequence with its own start and increment; JPA 3.2 comments and checks. */
@Entity
@Table(comment = "Support tickets",
        check = @CheckConstraint(name = "ck_ticket_priority", constraint = "priority between 1 and 5"))
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_gen")
    @SequenceGenerator(name = "ticket_gen", sequenceName = "ticket_number_seq", initialValue = 1000, allocationSize = 20)
    private long id;

    @Column(comment = "One line", check = @CheckConstraint(name = "ck_ticket_subject", constraint = "length(subject) > 0"))
    private String subject;

    private int priority;
}
