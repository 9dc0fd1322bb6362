package org.example.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class LoanId implements Serializable {
    @Column(name = "reader", length = 100)
    private String reader;

    @Column(name = "book_id")
    private Long bookId;

    protected LoanId() {
    }

    public LoanId(String reader, Long bookId) {
        this.reader = reader;
        this.bookId = bookId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoanId other && Objects.equals(reader, other.reader) && Objects.equals(bookId, other.bookId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reader, bookId);
    }
}
