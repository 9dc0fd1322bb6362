package io.wataomi.core.config;

/** Where a setting came from, lowest precedence first. */
public enum Source {
    DEFAULT("default"),
    POM("pom <configuration>"),
    DOTENV(".env file"),
    ENVIRONMENT("environment variable"),
    COMMAND_LINE("-D property");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** How the source reads in a message. */
    public String label() {
        return label;
    }
}
