package io.wataomi.entities.broad.keys;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A composite key as an embeddable. */
@Embeddable
public record OrderLineId(String orderNo, int lineNo) implements Serializable {
}
