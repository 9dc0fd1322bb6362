package io.wataomi.core.model;

/** A view or materialized view: listed, never diffed. */
public record View(QualifiedName name, boolean materialized) {
}
