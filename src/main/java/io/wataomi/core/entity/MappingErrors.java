package io.wataomi.core.entity;

import io.wataomi.core.config.PropertyNames;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Hibernate's rejection of a mapping into an error that names the class, the member and a fix. */
final class MappingErrors {
    /** Hibernate quotes the names in its messages: 'com.acme.Order.lines'. */
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'");

    private MappingErrors() {
    }

    /** The error for a failure of Hibernate's boot; classNames are the scanned classes. */
    static EntityMappingException translate(Throwable failure, Collection<String> classNames) {
        String reason = reason(failure);
        String className = null;
        String member = null;
        Matcher m = QUOTED.matcher(reason);
        while (m.find() && member == null) {
            String name = m.group(1);
            String owner = owner(name, classNames);
            if (owner != null && (className == null || name.length() > owner.length())) {
                className = owner;
                member = name.length() > owner.length() ? name.substring(owner.length() + 1) : null;
            }
        }
        return new EntityMappingException(className, member, reason, hint(reason), failure);
    }

    /** The scanned class a name starts with (the longest, so nested classes win over their outer class). */
    private static String owner(String name, Collection<String> classNames) {
        return classNames.stream()
                .filter(c -> name.equals(c) || name.startsWith(c + "."))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    /** Hibernate's own words: the innermost message that says something, without the exception class. */
    private static String reason(Throwable failure) {
        String reason = String.valueOf(failure.getMessage());
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && isHibernateException(t)) {
                reason = t.getMessage();
            }
        }
        return reason;
    }

    private static String hint(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("has no identifier")) {
            return "give the class an @Id (or @EmbeddedId) field, or extend a @MappedSuperclass that has one.";
        }
        if (r.contains("mappedby")) {
            return "mappedBy must name the property of the target entity that owns the association (its @ManyToOne, @OneToOne or @ManyToMany side).";
        }
        if (r.contains("not an '@entity' type") || r.contains("unknown entity") || r.contains("could not determine")) {
            return "the member's type must be an @Entity (or @Embeddable, or a basic type); if the target is an entity outside "
                    + PropertyNames.PACKAGES + ", add its package there.";
        }
        return "fix the annotations of that member: the application would fail with the same error when Hibernate starts.";
    }

    /** By name: the project's own Hibernate throws its own HibernateException class, not the plugin's. */
    private static boolean isHibernateException(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.hibernate.HibernateException")) {
                return true;
            }
        }
        return false;
    }
}
