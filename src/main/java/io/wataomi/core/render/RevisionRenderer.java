package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.ArrayList;
import java.util.List;

/** Renders a revision file in the chosen format: one changeSet per operation, each with its exact rollback. */
public final class RevisionRenderer {
    /** The opening of an XML changelog, namespaces and schema location. */
    public static final String XML_NAMESPACE_HEADER = XmlRevision.NAMESPACE_HEADER;

    private RevisionRenderer() {
    }

    /** The whole file's text. An empty operation list gives a revision to fill in by hand. */
    public static String render(Format format, RevisionHeader header, List<Operation> operations) {
        List<OperationChangeSet> changeSets = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            changeSets.add(OperationChangeSet.of(header.id(), i + 1, operations.get(i)));
        }
        return switch (format) {
            case XML -> XmlRevision.render(header, changeSets);
            case YAML -> YamlRevision.render(header, changeSets);
            case SQL -> SqlRevision.render(header, changeSets);
        };
    }

    /** An XML revision whose changeSets are given as XML text (written by hand or by a test). */
    public static String renderXml(RevisionHeader header, String changeSets) {
        return XmlRevision.render(header, List.of(), changeSets);
    }
}
