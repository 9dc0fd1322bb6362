package org.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A kind of pet. */
@Entity
@Table(name = "types", indexes = @Index(columnList = "name"))
public class PetType extends Named {
}
