package io.wataomi.core.entity;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Hibernate settings the application itself runs with, read from where applications keep them, each with the
 * place it came from. Later sources win: {@code hibernate.properties} &lt; {@code META-INF/persistence.xml} (one unit)
 * &lt; Spring Boot's {@code application.yml} &lt; {@code application.properties} &lt; their profile variants (in profile
 * order) &lt; the plugin's {@code <hibernateProperties>}. Nothing is added that the application does not set, except
 * Spring Boot's own naming defaults when Spring Boot is on the classpath, as Spring Boot adds them.
 */
public final class ApplicationSettings {
    /** Spring Boot's physical naming strategy when the application names none. */
    static final String SPRING_PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot's implicit naming strategy when the application names none. */
    static final String SPRING_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    private static final String SPRING_JPA_PROPERTIES = "spring.jpa.properties.";
    /** Spring Boot's setting naming the master changelog its Liquibase runs. */
    public static final String LIQUIBASE_CHANGE_LOG = "spring.liquibase.change-log";

    /** A setting's value and where it came from, e.g. {@code application.yml (profile dev)}. */
    public record Setting(String value, String source) {
    }

    /**
     * Where to read from.
     *
     * @param classes         the project's compiled classes and resources (target/classes)
     * @param persistenceUnit the persistence unit to read from persistence.xml, or null when there is one or none
     * @param profiles        the Spring profiles, in order (later wins)
     * @param plugin          the plugin's {@code <hibernateProperties>}, which win over everything
     * @param springBoot      whether Spring Boot is on the project's classpath
     */
    public record Request(Path classes, String persistenceUnit, List<String> profiles, Map<String, String> plugin,
                          boolean springBoot) {
        public Request {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
            plugin = plugin == null ? Map.of() : Map.copyOf(plugin);
        }
    }

    private final Map<String, Setting> values = new LinkedHashMap<>();
    private Setting changeLog;

    private ApplicationSettings() {
    }

    /** Reads every source of the request. */
    public static ApplicationSettings read(Request request) {
        ApplicationSettings s = new ApplicationSettings();
        if (request.springBoot()) {
            s.put(PHYSICAL, SPRING_PHYSICAL, "Spring Boot's default");
            s.put(IMPLICIT, SPRING_IMPLICIT, "Spring Boot's default");
        }
        Path classes = request.classes();
        s.readProperties(classes.resolve("hibernate.properties"), "hibernate.properties");
        s.readPersistenceXml(classes.resolve("META-INF/persistence.xml"), request.persistenceUnit());
        s.readSpringFiles(classes, request.profiles());
        request.plugin().forEach((k, v) -> s.put(k.strip(), v, "<hibernateProperties>"));
        return s;
    }

    /**
     * The master changelog Spring Boot's Liquibase runs, as {@code spring.liquibase.change-log} of the application's
     * Spring files under {@code resources} sets it (profiles as {@code spring.profiles.active} names them), or null.
     */
    public static Setting liquibaseChangeLog(Path resources) {
        ApplicationSettings s = new ApplicationSettings();
        s.readSpringFiles(resources, List.of());
        return s.changeLog;
    }

    /** The settings by name, for Hibernate. */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    /** One setting, if the application sets it. */
    public Setting get(String name) {
        return values.get(name);
    }

    /** Every setting with its source, as {@code name=value (source)}, in the order they were read. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(k + "=" + v.value() + " (" + v.source() + ")"));
        return out;
    }

    private void put(String name, String value, String source) {
        if (value != null) {
            values.remove(name);
            values.put(name, new Setting(value.strip(), source));
        }
    }

    private void readProperties(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        p.stringPropertyNames().stream().filter(k -> k.startsWith("hibernate.") || k.startsWith("jakarta.persistence."))
                .sorted().forEach(k -> put(k, p.getProperty(k), source));
    }

    private void readPersistenceXml(Path file, String wanted) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Document doc = parse(file);
        NodeList units = doc.getElementsByTagNameNS("*", "persistence-unit");
        List<String> names = new ArrayList<>();
        Element chosen = null;
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            names.add(unit.getAttribute("name"));
            if (wanted != null && wanted.equals(unit.getAttribute("name"))) {
                chosen = unit;
            }
        }
        if (wanted == null && units.getLength() == 1) {
            chosen = (Element) units.item(0);
        } else if (wanted == null && units.getLength() > 1) {
            throw new ConfigException("META-INF/persistence.xml has " + units.getLength() + " persistence units (" + String.join(", ", names)
                    + "): choose the one the application runs with, e.g. -D" + PropertyNames.PERSISTENCE_UNIT + "=" + names.get(0) + ".");
        } else if (wanted != null && chosen == null) {
            throw new ConfigException(PropertyNames.PERSISTENCE_UNIT + " is '" + wanted + "' but META-INF/persistence.xml has "
                    + (names.isEmpty() ? "no persistence unit" : "only " + String.join(", ", names)) + ".");
        }
        if (chosen == null) {
            return;
        }
        String source = "persistence.xml unit '" + chosen.getAttribute("name") + "'";
        NodeList props = chosen.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            put(p.getAttribute("name"), p.getAttribute("value"), source);
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(file.toFile());
        } catch (Exception e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage() + ". Fix the XML, or set the Hibernate"
                    + " settings in the plugin's <hibernateProperties>.");
        }
    }

    /** Reads the Spring files, the profile variants after the base ones; no profiles means those the files activate. */
    private void readSpringFiles(Path classes, List<String> requested) {
        List<String> profiles = new ArrayList<>(requested);
        if (profiles.isEmpty()) {
            profiles.addAll(activeProfiles(classes));
        }
        readSpring(classes, "application", null, profiles);
        for (String profile : profiles) {
            readSpring(classes, "application-" + profile, profile, profiles);
        }
    }

    /** Reads {@code name.yml}, {@code name.yaml}, then {@code name.properties} (Spring Boot's order: properties win). */
    private void readSpring(Path classes, String name, String profile, List<String> profiles) {
        String suffix = profile == null ? "" : " (profile " + profile + ")";
        for (String ext : List.of(".yml", ".yaml")) {
            Path file = classes.resolve(name + ext);
            if (Files.isRegularFile(file)) {
                yamlDocuments(file).forEach(doc -> {
                    String onProfile = doc.get("spring.config.activate.on-profile");
                    if (onProfile == null || Arrays.stream(onProfile.split(",")).map(String::strip).anyMatch(profiles::contains)) {
                        spring(doc, name + ext + suffix);
                    }
                });
            }
        }
        Path props = classes.resolve(name + ".properties");
        if (Files.isRegularFile(props)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + props, e);
            }
            Map<String, String> flat = new LinkedHashMap<>();
            p.stringPropertyNames().stream().sorted().forEach(k -> flat.put(k, p.getProperty(k)));
            spring(flat, name + ".properties" + suffix);
        }
    }

    /** Spring Boot's JPA keys, as Spring Boot hands them to Hibernate, and its Liquibase master. */
    private void spring(Map<String, String> flat, String source) {
        flat.forEach((rawKey, value) -> {
            String key = rawKey.replace("[", "").replace("]", "");
            if (key.startsWith(SPRING_JPA_PROPERTIES)) {
                put(key.substring(SPRING_JPA_PROPERTIES.length()), value, source);
            } else if (key.equals("spring.jpa.hibernate.naming.physical-strategy")) {
                put(PHYSICAL, value, source);
            } else if (key.equals("spring.jpa.hibernate.naming.implicit-strategy")) {
                put(IMPLICIT, value, source);
            } else if (key.equals(LIQUIBASE_CHANGE_LOG) || key.equals("spring.liquibase.changeLog")) {
                changeLog = new Setting(value.strip(), source);
            }
        });
    }

    private static List<String> activeProfiles(Path classes) {
        List<String> out = new ArrayList<>();
        for (String ext : List.of(".yml", ".yaml")) {
            Path file = classes.resolve("application" + ext);
            if (Files.isRegularFile(file)) {
                yamlDocuments(file).stream().filter(d -> d.get("spring.config.activate.on-profile") == null)
                        .map(d -> d.get("spring.profiles.active")).filter(v -> v != null).findFirst()
                        .ifPresent(v -> out.addAll(Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList()));
            }
        }
        Path props = classes.resolve("application.properties");
        if (out.isEmpty() && Files.isRegularFile(props)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + props, e);
            }
            String v = p.getProperty("spring.profiles.active");
            if (v != null) {
                out.addAll(Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList());
            }
        }
        return out;
    }

    /** Each YAML document flattened to dotted keys, as Spring Boot reads it. */
    private static List<Map<String, String>> yamlDocuments(Path file) {
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(r)) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", doc, flat);
                out.add(flat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new ConfigException("Cannot read " + file + " as YAML: " + e.getMessage().lines().findFirst().orElse("")
                    + ". Fix the file, or set the Hibernate settings in the plugin's <hibernateProperties>.");
        }
        return out;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list) {
            out.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }
}
