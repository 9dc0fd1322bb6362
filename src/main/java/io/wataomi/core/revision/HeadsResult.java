package io.wataomi.core.revision;

import java.util.List;

/**
 * The head revisions: those no other revision revises yet.
 *
 * @param heads the heads, in graph order
 */
public record HeadsResult(List<Revision> heads) {
}
