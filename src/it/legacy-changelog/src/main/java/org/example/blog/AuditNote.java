package org.example.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note the operators keep; its table came from a hand-written SQL changelog. */
@Entity
@Table(name = "audit_note")
public class AuditNote {
    @Id
    private Long id;

    @Column(nullable = false, columnDefinition = "text")
    private String note;
}
