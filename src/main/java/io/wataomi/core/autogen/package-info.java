/**
 * The goals built on autogenerate: create, check and init. Runs entity -&gt; scratch normalisation -&gt; introspect
 * -&gt; diff, then hands the operations to render (create), reports them (check) or applies the new tables (init).
 */
package io.wataomi.core.autogen;
