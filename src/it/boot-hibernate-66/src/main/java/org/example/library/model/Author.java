package org.example.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Author extends BaseEntity {
    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "OWNER", length = 64)
    private String owner;

    protected Author() {
    }

    public Author(String name, String owner) {
        this.name = name;
        this.owner = owner;
    }
}
