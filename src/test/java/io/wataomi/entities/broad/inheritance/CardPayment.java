package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A JOINED subclass with a renamed key column. */
@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {
    private String cardNumber;
}
