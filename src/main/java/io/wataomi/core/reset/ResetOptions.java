package io.wataomi.core.reset;

import java.util.List;

/**
 * How a reset is confirmed and what it clears.
 *
 * @param confirm     the database name given with {@code wataomi.reset.confirm}, or null
 * @param allowRemote whether a database on another host may be reset
 * @param schemas     the schemas to clear; empty for the managed ones ({@code wataomi.schema} and the sync's)
 * @param prompter    asks the user for the database name; null in batch mode (no question can be asked)
 */
public record ResetOptions(String confirm, boolean allowRemote, List<String> schemas, Prompter prompter) {
    /** Asks a question on the terminal and returns the answer, or null when there is none. */
    @FunctionalInterface
    public interface Prompter {
        /** Shows the question and reads one line. */
        String ask(String question);
    }
}
