package io.wataomi.entities.broad.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.time.LocalDate;

/** @IdClass: a composite key declared field by field. */
@Entity
@IdClass(EnrollmentKey.class)
public class Enrollment {
    @Id
    private long studentId;

    @Id
    @Column(length = 12)
    private String courseCode;

    private LocalDate enrolledOn;
}
