package io.wataomi.entities.broad.types;

/** An enum mapped both by name and by ordinal. */
public enum Status {
    DRAFT, ACTIVE, ARCHIVED
}
