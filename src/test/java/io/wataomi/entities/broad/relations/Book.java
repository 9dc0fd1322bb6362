package io.wataomi.entities.broad.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.Set;

/** Many-to-one with a named, cascading foreign key; an implicit join table; a secondary table. */
@Entity
@SecondaryTable(name = "book_detail")
public class Book {
    @Id
    @GeneratedValue
    private Long id;

    private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false, foreignKey = @ForeignKey(name = "fk_book_author"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Author author;

    @ManyToOne
    private Book previousEdition;

    @ManyToMany
    private Set<Tag> tags;

    @Column(table = "book_detail", length = 2000)
    private String blurb;
}
