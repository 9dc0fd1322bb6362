package org.example.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Tag extends BaseEntity {
    @Column(name = "VALUE", nullable = false, unique = true, length = 50)
    private String value;

    protected Tag() {
    }

    public Tag(String value) {
        this.value = value;
    }

    public String getValue() {
        return value;
    }
}
