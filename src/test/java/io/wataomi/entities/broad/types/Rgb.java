package io.wataomi.entities.broad.types;

/** A value type stored through an auto-applied converter. */
public record Rgb(int red, int green, int blue) {
}
