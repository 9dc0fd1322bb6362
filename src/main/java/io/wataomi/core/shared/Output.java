package io.wataomi.core.shared;

/** Where the core writes what people read. The Maven side bridges it to the build log, masking secrets. */
public interface Output {
    /** A line worth reading at the default log level. */
    void info(String line);

    /** Something the user should act on. */
    void warn(String line);

    /** Detail for {@code mvn -X}. */
    void debug(String line);

    /** A line of a report that is the goal's product (current, history, heads), which scripts read. */
    default void result(String line) {
        info(line);
    }

    /** Output that is the goal's product (offline SQL): written as is, without log prefixes. */
    default void raw(String text) {
        info(text);
    }

    /** A output that drops everything; for tests and nested runs. */
    static Output silent() {
        return new Output() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void debug(String line) {
            }

            @Override
            public void raw(String text) {
            }
        };
    }
}
