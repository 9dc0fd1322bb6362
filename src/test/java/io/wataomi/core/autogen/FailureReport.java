package io.wataomi.core.autogen;

import io.wataomi.core.render.Format;
import io.wataomi.core.revision.Revision;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** The text of a failed random-edit step: enough to reproduce it and to see what the revision did. */
final class FailureReport {
    private FailureReport() {
    }

    static String of(long seed, int step, Format format, String edit, Revision revision, String what, List<String> output) {
        StringBuilder s = new StringBuilder();
        String where = step < 0 ? ", after the last step" : ", step " + step;
        s.append("Seed ").append(seed).append(where).append(" (format ").append(format).append("): ")
                .append(what).append('\n');
        s.append("Edit: ").append(edit).append('\n');
        s.append("Rerun: -Dtest=RandomEditsPropertyTest -D").append(RandomEditsPropertyTest.SEED_PROPERTY).append('=')
                .append(seed).append('\n');
        s.append(revisionText(revision));
        s.append("Output of this step:\n");
        output.forEach(line -> s.append("  ").append(line).append('\n'));
        return s.toString();
    }

    private static String revisionText(Revision revision) {
        if (revision == null) {
            return "Revision: none written\n";
        }
        try {
            return "Revision " + revision.file() + ":\n" + Files.readString(revision.file()) + "\n";
        } catch (IOException e) {
            return "Revision " + revision.file() + ": unreadable (" + e + ")\n";
        }
    }
}
