package org.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A visit of a pet. */
@Entity
@Table(name = "visits", indexes = @Index(columnList = "pet_id"))
public class Visit extends Keyed {
    @Column(name = "visit_date")
    private LocalDate date;

    @Column(columnDefinition = "text")
    private String description;
}
