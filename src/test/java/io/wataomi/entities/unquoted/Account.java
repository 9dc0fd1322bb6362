package io.wataomi.entities.unquoted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table named with a word PostgreSQL reserves, and a column too, with no quoting anywhere. */
@Entity
@Table(name = "user")
public class Account {
    @Id
    Long id;

    @Column(name = "order")
    Integer position;

    String email;
}
