package org.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A vet's specialty. */
@Entity
@Table(name = "specialties", indexes = @Index(columnList = "name"))
public class Specialty extends Named {
}
