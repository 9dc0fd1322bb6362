package io.wataomi.entities.broad.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/** A two-column foreign key to a composite primary key; its id from the package-level generator. */
@Entity
public class Shipment {
    @Id
    @GeneratedValue(generator = "keys_gen")
    private Long id;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "order_no", referencedColumnName = "orderNo"),
            @JoinColumn(name = "line_no", referencedColumnName = "lineNo")})
    private OrderLine line;
}
