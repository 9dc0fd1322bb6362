package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.ArrayList;
import java.util.List;

/** Renders a revision file in the chosen format: one changeSet per operation (or per step of its safe form), each with its exact rollback. */
public final class RevisionRenderer {
    /** The opening of an XML changelog, namespaces and schema location. */
    public static final String XML_NAMESPACE_HEADER = XmlRevision.NAMESPACE_HEADER;

    private RevisionRenderer() {
    }

    /** The whole file's text, with the safe forms on existing tables. An empty operation list gives a revision to fill in by hand. */
    public static String render(Format format, RevisionHeader header, List<Operation> operations) {
        return render(format, header, operations, RenderOptions.SAFE);
    }

    /** The whole file's text. An empty operation list gives a revision to fill in by hand. */
    public static String render(Format format, RevisionHeader header, List<Operation> operations, RenderOptions options) {
        List<Step> steps = RevisionSteps.of(operations, options);
        List<OperationChangeSet> changeSets = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            changeSets.add(OperationChangeSet.of(header.id(), i + 1, steps.get(i)));
        }
        return switch (format) {
            case XML -> XmlRevision.render(header, changeSets);
            case YAML -> YamlRevision.render(header, changeSets);
            case SQL -> SqlRevision.render(header, changeSets);
        };
    }

    /** What the steps that run after the revision's transaction do, one line each (none when every step runs in it). */
    public static List<String> afterTransaction(List<Operation> operations, RenderOptions options) {
        return RevisionSteps.of(operations, options).stream().filter(s -> !s.inTransaction()).map(Step::comment).toList();
    }

    /** The columns ({@code public.user.full_name}) whose fill-in UPDATE someone must complete before the revision runs. */
    public static List<String> toFillIn(List<Operation> operations, RenderOptions options) {
        return operations.stream().filter(op -> DataMigration.applies(op, options))
                .map(op -> ((Operation.AddColumn) op).table() + "." + ((Operation.AddColumn) op).column().name()).toList();
    }

    /** An XML revision whose changeSets are given as XML text (written by hand or by a test). */
    public static String renderXml(RevisionHeader header, String changeSets) {
        return XmlRevision.render(header, List.of(), changeSets);
    }
}
