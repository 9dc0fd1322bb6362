package io.wataomi.core.entity;

/** Hibernate rejects the mapping of an entity class: names the class, the member and Hibernate's reason. */
public class EntityMappingException extends EntityException {
    private final String className;
    private final String member;
    private final String reason;

    public EntityMappingException(String className, String member, String reason, String hint, Throwable cause) {
        super(message(className, member, reason, hint), cause);
        this.className = className;
        this.member = member;
        this.reason = reason;
    }

    /** The rejected class, or null when Hibernate's message names none of the scanned classes. */
    public String className() {
        return className;
    }

    /** The rejected field or property (a path like {@code address.street}), or null for the class as a whole. */
    public String member() {
        return member;
    }

    /** Hibernate's own message. */
    public String reason() {
        return reason;
    }

    private static String message(String className, String member, String reason, String hint) {
        String where = className == null ? "the entity mappings"
                : "class " + className + (member == null ? "" : ", member " + member);
        return "Hibernate rejects " + where + ": " + reason + "\nHint: " + hint;
    }
}
