/**
 * A client of Casdoor's REST API: organization, applications and paged users, read with Jackson's streaming parser.
 * Input: {@link io.wataomi.core.casdoor.CasdoorConfig}. Output: Casdoor records. Next: sync writes them.
 */
package io.wataomi.core.casdoor;
