package io.wataomi.core.testing;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import java.sql.Connection;

/**
 * A project's master changelog run by Liquibase alone, through {@code Liquibase.update()} and {@code rollback()}, the
 * entry points the Liquibase CLI and Spring Boot use: none of wataomi's classes take part.
 */
public final class PlainLiquibase {
    static {
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    private PlainLiquibase() {
    }

    /** Applies every changeSet of the master changelog that has not run. */
    public static void update(String url, TestProject project) throws Exception {
        update(url, project, TestProject.masterPath());
    }

    /** Applies every changeSet of this master changelog (a path under the project's resources) that has not run. */
    public static void update(String url, TestProject project, String master) throws Exception {
        try (Connection c = TestDatabase.connect(url); Liquibase liquibase = liquibase(c, project, master)) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
    }

    /** Rolls back the last {@code count} changeSets that ran, newest first. */
    public static void rollback(String url, TestProject project, int count) throws Exception {
        try (Connection c = TestDatabase.connect(url); Liquibase liquibase = liquibase(c, project, TestProject.masterPath())) {
            liquibase.rollback(count, new Contexts(), new LabelExpression());
        }
    }

    private static Liquibase liquibase(Connection c, TestProject project, String master) throws Exception {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        return new Liquibase(master, new DirectoryResourceAccessor(project.resourcesRoot()), db);
    }
}
