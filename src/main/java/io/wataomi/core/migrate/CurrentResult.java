package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * Where the database stands.
 *
 * @param current       the current revisions (none at base)
 * @param partlyApplied the revisions some of whose changeSets ran but not all (a concurrent step pending)
 * @param lines         the report, as printed
 */
public record CurrentResult(List<Revision> current, List<PartlyApplied> partlyApplied, List<String> lines) {
}
