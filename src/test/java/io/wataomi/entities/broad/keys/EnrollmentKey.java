package io.wataomi.entities.broad.keys;

import java.io.Serializable;

/** The key class of an @IdClass entity. */
public record EnrollmentKey(long studentId, String courseCode) implements Serializable {
}
