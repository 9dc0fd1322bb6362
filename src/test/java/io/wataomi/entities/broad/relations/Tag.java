package io.wataomi.entities.broad.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.util.Set;

/** The inverse side of an implicit many-to-many. */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false, length = 40)
    private String name;

    @ManyToMany(mappedBy = "tags")
    private Set<Book> books;
}
