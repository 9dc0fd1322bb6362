package org.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.util.Set;

/** A vet and the specialties they have: a set, so the join table has a primary key where the script had a unique one. */
@Entity
@Table(name = "vets", indexes = @Index(columnList = "last_name"))
public class Vet extends Person {
    @ManyToMany
    @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
            inverseJoinColumns = @JoinColumn(name = "specialty_id"))
    private Set<Specialty> specialties;
}
