package org.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.List;

/**
 * A pet owner. The telephone is limited to ten digits here, where the schema script left it text: the one column the
 * application and its database disagree on.
 */
@Entity
@Table(name = "owners", indexes = @Index(columnList = "last_name"))
public class Owner extends Person {
    @Column(columnDefinition = "text")
    private String address;

    @Column(columnDefinition = "text")
    private String city;

    @Column(length = 10)
    private String telephone;

    @OneToMany
    @JoinColumn(name = "owner_id")
    private List<Pet> pets;
}
