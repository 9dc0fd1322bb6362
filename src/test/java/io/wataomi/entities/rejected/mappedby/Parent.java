package io.wataomi.entities.rejected.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import java.util.List;

/** Rejected: mappedBy names a property the target does not have. */
@Entity
public class Parent {
    @Id
    private Long id;

    @OneToMany(mappedBy = "mother")
    private List<Child> children;
}
