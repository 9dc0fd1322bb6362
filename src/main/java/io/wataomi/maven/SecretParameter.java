package io.wataomi.maven;

/**
 * A secret Mojo parameter. Maven configures it through {@link #set(String)}; because its
 * {@link #toString()} is masked, {@code mvn -X} prints the mask instead of the value.
 */
public final class SecretParameter {
    private String value;

    /** Called by Maven with the configured text. */
    public void set(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "********";
    }
}
