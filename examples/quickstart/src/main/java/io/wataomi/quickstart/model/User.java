package io.wataomi.quickstart.model;

import jakarta.persistence.Column;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;

import java.time.OffsetDateTime;

/** A person, kept in step with the Casdoor identity server by {@code mvn wataomi:sync}. */
@Entity
@Table(name = "user", uniqueConstraints = @UniqueConstraint(name = "uq_user_casdoor_id", columnNames = "casdoor_id"))
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The Casdoor user id (a UUID): the key the sync matches on. */
    @Column(name = "casdoor_id", nullable = false, length = 64)
    private String casdoorId;

    @Column(name = "email")
    private String email;

    @Column(name = "name")
    private String name;

    @Column(name = "avatar", length = 1024)
    private String avatar;

    @Column(name = "is_active", nullable = false)
    @ColumnDefault("true")
    private boolean active = true;

    @Column(name = "created_at", nullable = false, columnDefinition = "timestamp with time zone")
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false, columnDefinition = "timestamp with time zone")
    @ColumnDefault("now()")
    private OffsetDateTime updatedAt;
}
