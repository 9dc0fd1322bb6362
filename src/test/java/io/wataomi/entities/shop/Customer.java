package io.wataomi.entities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer: identity id, unique email, sized and commented columns, an enum stored as text. */
@Entity
@Table(name = "customer", indexes = @Index(name = "ix_customer_name", columnList = "name, nickname"))
@Comment("people who buy")
public class Customer {
    /** Customer status. */
    public enum Status { ACTIVE, BLOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 320)
    String email;

    @Column(nullable = false)
    String name;

    @Column(length = 100)
    @Comment("what friends call them")
    String nickname;

    @Column(precision = 12, scale = 2)
    BigDecimal balance;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    Status status;
}
