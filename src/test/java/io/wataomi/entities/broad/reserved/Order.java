package io.wataomi.entities.broad.reserved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Table "order" referencing "user", with an index and a unique constraint on keyword columns. */
@Entity
@Table(name = "order", indexes = @Index(name = "ix_order_table", columnList = "table"),
        uniqueConstraints = @UniqueConstraint(name = "uq_order_user_end", columnNames = {"user", "end"}))
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "user")
    private User user;

    @Column(name = "table")
    private String table;

    @Column(name = "end")
    private java.time.LocalDateTime end;
}
