package io.wataomi.entities.broad.relations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Owner of a one-to-one, a self-referencing many-to-many and element collections of every kind. */
@Entity
public class Author {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String name;

    @OneToOne(optional = false)
    @JoinColumn(name = "profile_id", unique = true)
    private Profile profile;

    @OneToMany(mappedBy = "author")
    private List<Book> books;

    @ElementCollection
    @CollectionTable(name = "author_nickname", joinColumns = @JoinColumn(name = "author_id"))
    @Column(name = "nickname", length = 50)
    private Set<String> nicknames;

    @ElementCollection
    @OrderColumn(name = "position")
    private List<Address> addresses;

    @ElementCollection
    @MapKeyColumn(name = "network", length = 30)
    @Column(name = "handle")
    private Map<String, String> socialHandles;

    @ManyToMany
    @JoinTable(name = "author_follower", joinColumns = @JoinColumn(name = "author_id"),
            inverseJoinColumns = @JoinColumn(name = "follower_id"))
    private Set<Author> followers;
}
