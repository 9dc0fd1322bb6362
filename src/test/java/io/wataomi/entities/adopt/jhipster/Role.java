package io.wataomi.entities.adopt.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role, keyed by its name. */
@Entity
@Table(name = "jhi_authority")
public class Role {
    @Id
    @Column(length = 50, nullable = false)
    private String name;
}
