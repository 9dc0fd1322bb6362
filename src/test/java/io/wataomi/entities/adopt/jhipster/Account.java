package io.wataomi.entities.adopt.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A bank account of a user: the join column and its foreign key left to the defaults. */
@Entity
@Table(name = "bank_account")
public class Account extends Sequenced {
    @Column(nullable = false)
    private String name;

    @Column(precision = 21, scale = 2, nullable = false)
    private BigDecimal balance;

    @ManyToOne(fetch = FetchType.LAZY)
    private Member user;
}
