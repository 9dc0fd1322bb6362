package io.wataomi.core.autogen;

import io.wataomi.core.model.QualifiedName;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities' DDL by table: each table's own statements, its foreign keys and the tables they reference. A table's
 * normalised form depends on exactly these (a foreign key without columns refers to the other table's primary key),
 * the named types and the server, so their hash identifies it. Null when a statement does not fit.
 */
final class TableDefinitions {
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\S+) \\(.*", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "alter table (?:if exists )?(\\S+) add constraint \\S+ foreign key \\([^)]*\\) references ([^\\s(]+).*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** One table's statements, and the tables its foreign keys reference. */
    record Definition(QualifiedName name, List<String> statements, List<String> foreignKeys, Set<QualifiedName> references) {
    }

    private final List<String> prelude;
    private final Map<QualifiedName, Definition> tables;

    private TableDefinitions(List<String> prelude, Map<QualifiedName, Definition> tables) {
        this.prelude = prelude;
        this.tables = tables;
    }

    /** The definitions of the statements' tables, their names read as PostgreSQL reads them; null when one does not fit. */
    static TableDefinitions of(List<String> statements, String defaultSchema, Connection c) throws SQLException {
        DdlGroups groups = DdlGroups.of(statements);
        if (groups == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        for (List<String> group : groups.tables()) {
            Matcher m = CREATE_TABLE.matcher(group.get(0).strip());
            if (!m.matches()) {
                return null;
            }
            tokens.add(m.group(1));
        }
        List<String[]> keys = new ArrayList<>();
        for (String fk : groups.foreignKeys()) {
            Matcher m = FOREIGN_KEY.matcher(fk.strip());
            if (!m.matches()) {
                return null;
            }
            keys.add(new String[] {m.group(1), m.group(2)});
            tokens.add(m.group(1));
            tokens.add(m.group(2));
        }
        Map<String, QualifiedName> names = parse(c, tokens, defaultSchema);
        Map<QualifiedName, Definition> tables = new LinkedHashMap<>();
        for (int i = 0; i < groups.tables().size(); i++) {
            QualifiedName name = names.get(tokens.get(i));
            if (tables.put(name, new Definition(name, groups.tables().get(i), new ArrayList<>(), new TreeSet<>())) != null) {
                return null;
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            Definition owner = tables.get(names.get(keys.get(i)[0]));
            QualifiedName target = names.get(keys.get(i)[1]);
            if (owner == null || !tables.containsKey(target)) {
                return null;
            }
            owner.foreignKeys().add(groups.foreignKeys().get(i));
            owner.references().add(target);
        }
        return new TableDefinitions(groups.prelude(), tables);
    }

    /** Names as PostgreSQL parses them ({@code parse_ident}): unquoted parts folded to lower case, one part in the default schema. */
    private static Map<String, QualifiedName> parse(Connection c, List<String> tokens, String defaultSchema) throws SQLException {
        Map<String, QualifiedName> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t, parse_ident(t) FROM unnest(?::text[]) t")) {
            ps.setArray(1, c.createArrayOf("text", new TreeSet<>(tokens).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] parts = (String[]) rs.getArray(2).getArray();
                    names.put(rs.getString(1), parts.length == 1 ? new QualifiedName(defaultSchema, parts[0])
                            : new QualifiedName(parts[parts.length - 2], parts[parts.length - 1]));
                }
            }
        }
        return names;
    }

    /** The statements that come before every table: sequences and types. */
    List<String> prelude() {
        return prelude;
    }

    /** Every table's definition, in the order of the script. */
    Map<QualifiedName, Definition> tables() {
        return tables;
    }

    /**
     * The hash of everything a table's normalised form depends on: its statements and foreign keys, the statements of
     * the tables these reference, the named types, and {@code context} (the plugin build, the server version, the
     * default schema).
     */
    String key(QualifiedName table, String context) {
        Definition d = tables.get(table);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(sha, List.of(context));
        update(sha, prelude.stream().filter(s -> s.strip().regionMatches(true, 0, "create type", 0, 11)).toList());
        update(sha, d.statements());
        update(sha, d.foreignKeys());
        for (QualifiedName target : d.references()) {
            update(sha, tables.get(target).statements());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, List<String> statements) {
        for (String s : statements) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        sha.update((byte) 1);
    }

    /**
     * The statements that create these tables, in the script's order, with the foreign keys of {@code keyed} (whose
     * referenced tables must be among them).
     */
    List<String> statements(Set<QualifiedName> create, Set<QualifiedName> keyed) {
        List<String> out = new ArrayList<>();
        for (Definition d : tables.values()) {
            if (create.contains(d.name())) {
                out.addAll(d.statements());
            }
        }
        for (Definition d : tables.values()) {
            if (keyed.contains(d.name())) {
                out.addAll(d.foreignKeys());
            }
        }
        return out;
    }
}
