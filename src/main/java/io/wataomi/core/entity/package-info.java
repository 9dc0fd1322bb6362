/**
 * Stage 1 of create: the project's compiled JPA entities, read by Hibernate ORM's boot metadata in a child class loader.
 * Input: the project's classpath and naming settings. Output: {@link io.wataomi.core.entity.EntityModel}, the
 * entities' CREATE script. Next: the autogen stage normalises that script on a scratch database.
 */
package io.wataomi.core.entity;
