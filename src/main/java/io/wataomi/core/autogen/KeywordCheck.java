package io.wataomi.core.autogen;

import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.shared.WataomiException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses tables and columns that the application's Hibernate leaves unquoted but the target PostgreSQL reserves
 * ({@code user}, {@code order}, {@code group}): the application's own DDL and queries would fail on them. The
 * reserved words are the server's own ({@code pg_get_keywords()}), never a copied list.
 */
final class KeywordCheck {
    private KeywordCheck() {
    }

    /** The words the server reserves for table and column names, and its version, e.g. {@code PostgreSQL 15.4}. */
    record Reserved(Set<String> words, String server) {
    }

    /** Reads the reserved words of the server behind a connection. */
    static Reserved read(Connection c) throws SQLException {
        Set<String> words = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')")) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        String version;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            version = rs.next() ? rs.getString(1).split(" ")[0] : "?";
        }
        return new Reserved(words, "PostgreSQL " + version);
    }

    /** Throws, naming every unquoted reserved name with the entity or field behind it and the fixes. */
    static void require(EntityModel model, Reserved reserved) {
        Set<String> found = new LinkedHashSet<>();
        for (String statement : model.ddl()) {
            for (String name : declaredNames(statement)) {
                if (reserved.words().contains(name.toLowerCase(Locale.ROOT))) {
                    found.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String word : found) {
            List<String> owners = model.owners().getOrDefault(word, List.of());
            lines.add("  " + word + (owners.isEmpty() ? "" : ": " + String.join("; ", owners)));
        }
        String first = found.iterator().next();
        throw new WataomiException(reserved.server() + " reserves " + (found.size() == 1 ? "a word" : found.size() + " words")
                + " that the entities use as unquoted names, so the application's own CREATE and queries fail on them too:\n"
                + String.join("\n", lines) + "\nFix it in the application, one of: give it another name (e.g. @Table(name = \"app_"
                + first + "\")); quote it in the mapping (@Table(name = \"\\\"" + first + "\\\"\") or @Column(name = \"\\\"" + first
                + "\\\"\")); or set hibernate.auto_quote_keyword=true where the application keeps its Hibernate settings"
                + " (spring.jpa.properties.hibernate.auto_quote_keyword=true in application.properties, persistence.xml or"
                + " hibernate.properties).");
    }

    /** The unquoted table and column names a CREATE TABLE, SEQUENCE or INDEX statement declares. */
    static List<String> declaredNames(String statement) {
        List<String> out = new ArrayList<>();
        DdlTokens t = new DdlTokens(statement);
        if (!t.word("create")) {
            return out;
        }
        t.word("unique");
        if (t.word("table")) {
            t.words("if", "not", "exists");
            lastPart(t.name(), out);
            if (t.symbol('(')) {
                do {
                    String first = t.peekWord();
                    if (first == null || !Set.of("primary", "unique", "check", "constraint", "foreign", "exclude").contains(first)) {
                        lastPart(t.name(), out);
                    }
                } while (t.skipToNextDefinition());
            }
        } else if (t.word("sequence") || t.word("index")) {
            t.words("if", "not", "exists");
            lastPart(t.name(), out);
        }
        return out;
    }

    private static void lastPart(List<DdlTokens.Part> name, List<String> out) {
        for (DdlTokens.Part p : name) {
            if (!p.quoted()) {
                out.add(p.text());
            }
        }
    }
}
