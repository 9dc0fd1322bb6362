package io.wataomi.entities.broad.reserved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Set;

/** Table "user" with columns named after SQL keywords, which Hibernate quotes (auto_quote_keyword). */
@Entity
@Table(name = "user")
public class User {
    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "order")
    private int order;

    // Hibernate's keyword list lacks DESC (SQL:2003 lists it as non-reserved): it must be quoted by hand.
    @Column(name = "`desc`")
    private String desc;

    @Column(name = "limit")
    private Integer limit;

    private String value;

    @ManyToOne
    @JoinColumn(name = "group")
    private Group group;

    @ManyToMany
    private Set<Group> groups;
}
