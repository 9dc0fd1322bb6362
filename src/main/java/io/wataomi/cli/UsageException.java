package io.wataomi.cli;

/** A command line the jar cannot run: an unknown command or option. The message says what to type instead. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
