package org.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Set;

/** A pet of an owner, of a type; its type's foreign key is named here, unlike every other of the clinic. */
@Entity
@Table(name = "pets", indexes = {@Index(columnList = "name"), @Index(columnList = "owner_id")})
public class Pet extends Named {
    private LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "type_id", nullable = false, foreignKey = @ForeignKey(name = "fk_pets_types"))
    private PetType type;

    @OneToMany
    @JoinColumn(name = "pet_id")
    private Set<Visit> visits;
}
