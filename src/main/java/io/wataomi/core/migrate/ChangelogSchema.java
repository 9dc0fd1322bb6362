package io.wataomi.core.migrate;

import liquibase.parser.core.xml.LiquibaseEntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an XML changelog against the Liquibase grammar it names, compiled once per grammar: Liquibase's own validating
 * parser compiles the grammar again for every file, which was a quarter of an upgrade's CPU over 500 revision files.
 * The grammar comes from Liquibase's own resolver (the XSDs inside liquibase-core, never the network), so a file is
 * held to exactly the rules Liquibase's validation applies. Only the plain shape is handled here: a root
 * {@code databaseChangeLog} in the changelog namespace whose {@code xsi:schemaLocation} names one Liquibase grammar and
 * no other namespace; for anything else the caller lets Liquibase's parser validate.
 */
final class ChangelogSchema {
    static final String NAMESPACE = "http://www.liquibase.org/xml/ns/dbchangelog";
    private static final Map<String, Optional<Schema>> GRAMMARS = new ConcurrentHashMap<>();
    private static final XMLInputFactory STAX = XMLInputFactory.newFactory();

    static {
        STAX.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        STAX.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private ChangelogSchema() {
    }

    /**
     * Validates the file against its grammar.
     *
     * @return false when the file is not of the plain shape, or its grammar is not one Liquibase ships: Liquibase's
     *         validating parser must read it
     * @throws SAXParseException the first violation, with its line and column
     */
    static boolean validate(Path file) throws SAXException, IOException {
        String location = grammarLocation(file);
        if (location == null) {
            return false;
        }
        Optional<Schema> schema = GRAMMARS.computeIfAbsent(location, ChangelogSchema::compile);
        if (schema.isEmpty()) {
            return false;
        }
        Validator validator = schema.get().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream in = Files.newInputStream(file)) {
            validator.validate(new StreamSource(in, file.toUri().toString()));
        }
        return true;
    }

    /** The single Liquibase grammar the root names, or null when the file is of another shape. */
    private static String grammarLocation(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = STAX.createXMLStreamReader(in);
            try {
                while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                    // prolog and comments
                }
                if (!reader.isStartElement() || !"databaseChangeLog".equals(reader.getLocalName())
                        || !NAMESPACE.equals(reader.getNamespaceURI())) {
                    return null;
                }
                for (int i = 0; i < reader.getNamespaceCount(); i++) {
                    String uri = reader.getNamespaceURI(i);
                    if (!NAMESPACE.equals(uri) && !XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(uri)) {
                        return null;
                    }
                }
                String hints = reader.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation");
                String[] pair = hints == null ? new String[0] : hints.trim().split("\\s+");
                return pair.length == 2 && NAMESPACE.equals(pair[0]) ? pair[1] : null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null; // not well-formed: Liquibase's parser reports it
        }
    }

    /** The grammar as Liquibase resolves it, compiled; empty when Liquibase does not ship it. */
    private static Optional<Schema> compile(String location) {
        try {
            InputSource source = new LiquibaseEntityResolver().resolveEntity(null, null, null, location);
            if (source == null) {
                return Optional.empty();
            }
            source.setSystemId(location);
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return Optional.of(factory.newSchema(new SAXSource(source)));
        } catch (SAXException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
