package org.example.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** Identity key, optimistic lock and last-change time, with the upper-case column names of the schema it came from. */
@MappedSuperclass
public abstract class BaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "VERSION")
    private Integer version;

    @Column(name = "TIMESTAMP")
    private Instant timestamp = Instant.now();

    public Long getId() {
        return id;
    }
}
