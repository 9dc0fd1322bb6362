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

/** A workspace; each Casdoor application of the organization becomes one. */
@Entity
@Table(name = "workspace", uniqueConstraints = @UniqueConstraint(name = "uq_workspace_slug", columnNames = "slug"))
public class Workspace {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The Casdoor application name, or "default" for the default workspace. */
    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "is_default", nullable = false)
    @ColumnDefault("false")
    private boolean isDefault;

    @Column(name = "created_at", nullable = false, columnDefinition = "timestamp with time zone")
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;
}
