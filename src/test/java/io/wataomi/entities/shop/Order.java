package io.wataomi.entities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** An order, in a table named with a reserved word, with a foreign key and a join table. */
@Entity
@Table(name = "order", uniqueConstraints = @UniqueConstraint(name = "uq_order_number", columnNames = "number"))
public class Order {
    @Id
    UUID id;

    @Column(nullable = false)
    int number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    Customer customer;

    @Column(precision = 10, scale = 2)
    BigDecimal total;

    @ManyToMany
    @JoinTable(name = "order_tag")
    Set<Tag> tags;
}
