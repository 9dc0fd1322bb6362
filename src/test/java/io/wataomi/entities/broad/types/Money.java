package io.wataomi.entities.broad.types;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An embeddable value with its own column names, overridden where it is embedded twice. */
@Embeddable
public class Money {
    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;
}
