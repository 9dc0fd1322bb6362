package io.wataomi.entities.broad.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** A one-to-one sharing its owner's primary key (@MapsId). */
@Entity
public class AuthorStats {
    @Id
    private Long id;

    @MapsId
    @OneToOne
    private Author author;

    private int followerCount;
}
