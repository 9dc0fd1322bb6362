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

    /** How a property set in this source reads in a message, as the user wrote it: "DATABASE_URL in .env", "-Dwataomi.url". */
    public String describe(String property) {
        String variable = PropertyNames.variableFor(property);
        return switch (this) {
            case DOTENV -> (variable == null ? property : variable) + " in .env";
            case ENVIRONMENT -> "the environment variable " + (variable == null ? property : variable);
            case COMMAND_LINE -> "-D" + property;
            case POM -> property + " (pom configuration or settings.xml server)";
            case DEFAULT -> property;
        };
    }
}
