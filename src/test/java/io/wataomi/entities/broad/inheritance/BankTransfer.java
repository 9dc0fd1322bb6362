package io.wataomi.entities.broad.inheritance;

import jakarta.persistence.Entity;

/** A JOINED subclass with the default key column. */
@Entity
public class BankTransfer extends Payment {
    private String iban;
}
