package app.drift;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity nobody wrote a revision for: check must catch it. */
@Entity
public class Tag {
    @Id
    Long id;

    String text;
}
