package io.wataomi.entities.broad.relations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** A table, its sequence and its collection table in a second schema, referencing a table in the default one. */
@Entity
@Table(schema = "billing", name = "invoice")
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_gen")
    @SequenceGenerator(name = "invoice_gen", schema = "billing", sequenceName = "invoice_seq", allocationSize = 10)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private Author customer;

    @ElementCollection
    @CollectionTable(schema = "billing", name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    private List<BigDecimal> lineAmounts;
}
