package io.wataomi.entities.adopt.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;

/**
 * The application's user, in a prefixed table: unique login and email stated by {@code unique = true} alone, ids from
 * the shared {@code sequenceGenerator}, roles through a join table. No constraint is named here: the application's
 * Liquibase changelogs named them.
 */
@Entity
@Table(name = "jhi_user")
public class Member extends Audited {
    @Column(length = 50, unique = true, nullable = false)
    private String login;

    @Column(name = "password_hash", length = 60, nullable = false)
    private String password;

    @Column(length = 50)
    private String firstName;

    @Column(length = 50)
    private String lastName;

    @Column(length = 254, unique = true)
    private String email;

    @Column(nullable = false)
    private boolean activated;

    @Column(length = 10)
    private String langKey;

    @Column(length = 256)
    private String imageUrl;

    @Column(length = 20)
    private String activationKey;

    @Column(length = 20)
    private String resetKey;

    private Instant resetDate;

    @ManyToMany
    @JoinTable(name = "jhi_user_authority", joinColumns = @JoinColumn(name = "user_id", referencedColumnName = "id"),
            inverseJoinColumns = @JoinColumn(name = "authority_name", referencedColumnName = "name"))
    private Set<Role> authorities;
}
