package org.example.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.time.Instant;

/** A composite key whose columns are declared in another order than Hibernate lays them out. */
@Entity
public class Loan {
    @EmbeddedId
    private LoanId id;

    @Column(name = "TIMESTAMP", nullable = false)
    private Instant timestamp = Instant.now();

    private int days;

    protected Loan() {
    }

    public Loan(LoanId id, int days) {
        this.id = id;
        this.days = days;
    }
}
