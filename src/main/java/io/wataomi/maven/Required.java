package io.wataomi.maven;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a goal parameter the goal cannot run without. Maven checks its own {@code required} before the goal starts, so
 * it would refuse {@code -Dwataomi.skip=true} and ignore a value from {@code .env}; this mark is checked after the skip
 * flags, against every configuration layer, with an error that says what to type. {@code mvn wataomi:help} shows the
 * parameter as required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Required {
    /** A value to show in the error, as typed after {@code -Dwataomi.<name>=}, e.g. {@code "add user bio field"} or {@code -1}. */
    String example();
}
