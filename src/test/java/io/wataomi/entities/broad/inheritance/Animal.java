package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

/** TABLE_PER_CLASS: each concrete class has a full table; ids come from one shared sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "animal_gen")
    @SequenceGenerator(name = "animal_gen", sequenceName = "animal_seq", allocationSize = 1)
    private long id;

    private String name;
}
