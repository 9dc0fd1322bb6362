/**
 * Settings: the layers (pom &lt; .env &lt; environment &lt; -D), property names and defaults, URLs, secrets and their masking.
 * Input: the front end's layers. Output: {@link io.wataomi.core.config.WataomiConfig} and the goals' options.
 * Next: every command reads its options from here.
 */
package io.wataomi.core.config;
