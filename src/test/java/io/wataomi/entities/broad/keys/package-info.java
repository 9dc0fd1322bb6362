/** Composite keys; the package declares a sequence generator its entities share (JPA 3.2 package-level generator). */
@SequenceGenerator(name = "keys_gen", sequenceName = "keys_shared_seq", allocationSize = 5)
package io.wataomi.entities.broad.keys;

import jakarta.persistence.SequenceGenerator;
