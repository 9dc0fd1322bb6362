/**
 * Types every stage shares: where people read output ({@link io.wataomi.core.shared.Output}), the error base
 * ({@link io.wataomi.core.shared.WataomiException}) and aligned text tables. Depends on nothing else of the core.
 */
package io.wataomi.core.shared;
