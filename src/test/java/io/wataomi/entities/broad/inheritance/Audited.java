package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** Columns every subclass table repeats: id, optimistic-lock version and creation time. */
@MappedSuperclass
public abstract class Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
