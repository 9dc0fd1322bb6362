package io.wataomi.entities.adopt.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A label put on operations. */
@Entity
@Table(name = "label")
public class Tag extends Sequenced {
    @Column(name = "label", nullable = false)
    private String text;
}
