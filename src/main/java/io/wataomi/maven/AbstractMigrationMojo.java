package io.wataomi.maven;

import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * What the goals that run revisions' DDL share: how long a statement may wait for a table lock, how often a revision
 * that gave up on one is tried again, how long a statement may run, and how often a long one says it still runs.
 */
public abstract class AbstractMigrationMojo extends AbstractWataomiMojo {
    /**
     * How long one statement of a revision may wait for a table lock before the server cancels it (PostgreSQL's
     * lock_timeout, set with SET LOCAL in each revision's transaction): {@code 500ms}, {@code 5s}, {@code 1min}; {@code 0}
     * sets none. While a statement waits for its lock every later query on that table waits behind it, so this bounds how
     * long the application can stall. The revision is then rolled back and tried again (see ddlLockRetries). Not the
     * wait for another run's migration lock, which is lockTimeout. Also {@code -Dwataomi.ddlLockTimeout}.
     */
    @Parameter(property = PropertyNames.DDL_LOCK_TIMEOUT, defaultValue = Defaults.DDL_LOCK_TIMEOUT)
    private String ddlLockTimeout;

    /**
     * How many times a revision (or a concurrent step) that gave up on a lock is tried again, after a pause that doubles
     * from the lock timeout up to a minute, jittered. Each try prints the sessions that held the lock; after the last the
     * goal fails naming them. From 0 to 100. Also {@code -Dwataomi.ddlLockRetries}.
     */
    @Parameter(property = PropertyNames.DDL_LOCK_RETRIES, defaultValue = Defaults.DDL_LOCK_RETRIES)
    private Integer ddlLockRetries;

    /**
     * How long one statement of a revision may run before the server cancels it (PostgreSQL's statement_timeout), e.g.
     * {@code 10min}; unset leaves the server's setting. Such a cancel is not retried. Also {@code -Dwataomi.statementTimeout}.
     */
    @Parameter(property = PropertyNames.STATEMENT_TIMEOUT)
    private String statementTimeout;

    /**
     * How often a changeSet that runs long says so: a line naming it (id, author, file) and how long it has run, first
     * when it has run this long, then again each time. {@code 5s}, {@code 30s}, {@code 1min}; {@code 0} prints none.
     * Also {@code -Dwataomi.heartbeat}.
     */
    @Parameter(property = PropertyNames.HEARTBEAT, defaultValue = Defaults.HEARTBEAT)
    private String heartbeat;

    @Override
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
        ConfigMapper.put(pom, PropertyNames.DDL_LOCK_TIMEOUT, ddlLockTimeout);
        ConfigMapper.put(pom, PropertyNames.DDL_LOCK_RETRIES, ddlLockRetries);
        ConfigMapper.put(pom, PropertyNames.STATEMENT_TIMEOUT, statementTimeout);
        ConfigMapper.put(pom, PropertyNames.HEARTBEAT, heartbeat);
    }
}
