package io.wataomi.entities.adopt.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A money movement on an account, labelled through a relation table. */
@Entity
@Table(name = "operation")
public class Transfer extends Sequenced {
    @Column(nullable = false)
    private Instant date;

    private String description;

    @Column(precision = 21, scale = 2, nullable = false)
    private BigDecimal amount;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account bankAccount;

    @ManyToMany
    @JoinTable(name = "rel_operation__label", joinColumns = @JoinColumn(name = "operation_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Tag> labels;
}
