package io.wataomi.core.render;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What every revision file records about itself: id, parents, message and creation time. */
public record RevisionHeader(String id, List<String> parents, String message, LocalDateTime when) {
    public RevisionHeader {
        parents = List.copyOf(parents);
    }

    /** The value of {@code wataomi.create_date}: ISO local date-time to the microsecond. */
    public String created() {
        return when.withNano(when.getNano() / 1000 * 1000).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** The creation time as the human header shows it, like Alembic's "Create Date". */
    public String createdForPeople() {
        return when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"));
    }

    /** The parents for people: {@code <base>} when there is none. */
    public String revises() {
        return parents.isEmpty() ? "<base>" : String.join(", ", parents);
    }

    /** The four identifying properties, name then value. */
    public List<String[]> properties() {
        return List.of(new String[] {"wataomi.revision", id}, new String[] {"wataomi.down_revision", String.join(",", parents)},
                new String[] {"wataomi.message", message}, new String[] {"wataomi.create_date", created()});
    }
}
