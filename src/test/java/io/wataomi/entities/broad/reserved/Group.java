package io.wataomi.entities.broad.reserved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity named after a keyword with no @Table: the implicit table name is the keyword. */
@Entity
public class Group {
    @Id
    private Long id;

    @Column(name = "select", length = 50)
    private String select;

    @Column(name = "from")
    private java.time.LocalDate from;
}
