package io.wataomi.entities.broad.types;

/** An enum stored as a PostgreSQL enum type (CREATE TYPE ... AS ENUM). */
public enum Mood {
    HAPPY, CALM, GRUMPY
}
