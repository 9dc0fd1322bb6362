package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.executor.ExecutorService;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.GlobalConfiguration;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Liquibase bound to one JDBC connection: a scope with the project's resources and a quiet log,
 * a {@link Database} whose commits are held per revision, the history table service, and the parser.
 */
final class LiquibaseSession implements AutoCloseable {
    private final String scopeId;
    private final RevisionTransaction transaction;
    private final Database database;
    private final ResourceAccessor resources;
    private final List<ChangeSetFilter> filters;
    private ChangeLogHistoryService history;
    private ChangeLogParser unvalidatedXml;

    LiquibaseSession(WataomiConfig config, Connection connection, Output output) {
        this(config, output, new RevisionTransaction(connection), null);
    }

    /** A session with no server behind it, for offline SQL written from the revision files alone. */
    static LiquibaseSession offline(WataomiConfig config, Output output) {
        return new LiquibaseSession(config, output, RevisionTransaction.detached(), new ScriptConnection());
    }

    /** A session on a transaction's connection, or on an offline one when {@code offline} is not null. */
    private LiquibaseSession(WataomiConfig config, Output output, RevisionTransaction transaction, ScriptConnection offline) {
        try {
            this.resources = new DirectoryResourceAccessor(config.resourcesRoot());
        } catch (FileNotFoundException e) {
            throw new RevisionException("The changelog root " + config.resourcesRoot() + " does not exist. Create a revision first"
                    + " (mvn wataomi:create -Dwataomi.message=\"...\") or set wataomi.changelogDirectory.");
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        scope.put(Scope.Attr.logService.name(), new LiquibaseLog(output));
        try {
            this.scopeId = Scope.enter(scope);
            this.transaction = transaction;
            this.database = offline == null ? live(transaction) : DatabaseFactory.getInstance().findCorrectDatabaseImplementation(offline);
        } catch (Exception e) {
            throw new DatabaseFailure("Liquibase cannot use the connection: " + e.getMessage(), e);
        }
        String schema = config.connection().schema();
        try {
            database.setDefaultSchemaName(schema);
        } catch (liquibase.exception.DatabaseException e) {
            throw new DatabaseFailure("Cannot use schema " + schema + ": " + e.getMessage(), e);
        }
        database.setLiquibaseSchemaName(schema);
        this.filters = List.of(new DbmsChangeSetFilter(database),
                new ContextChangeSetFilter(new Contexts(config.contexts())),
                new LabelChangeSetFilter(new LabelExpression(config.labels())));
    }

    /**
     * Liquibase's database on a live connection: a {@link RevisionDatabase} when the server calls itself PostgreSQL
     * (another product gets Liquibase's own choice), its statements batched per revision ({@link RevisionBatch}).
     */
    private static Database live(RevisionTransaction transaction) throws liquibase.exception.DatabaseException {
        Database database;
        RevisionDatabase postgres = new RevisionDatabase();
        if (postgres.isCorrectDatabaseImplementation(transaction)) {
            postgres.setConnection(transaction);
            transaction.pinSearchPathWith(postgres::pinSearchPath);
            database = postgres;
        } else {
            database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(transaction);
        }
        RevisionBatch batch = new RevisionBatch(transaction);
        batch.setDatabase(database);
        Scope.getCurrentScope().getSingleton(ExecutorService.class).setExecutor("jdbc", database, batch);
        return database;
    }

    Database database() {
        return database;
    }

    RevisionTransaction transaction() {
        return transaction;
    }

    /** The history table service, creating or upgrading the table on first use. */
    ChangeLogHistoryService history() throws LiquibaseException {
        if (history == null) {
            history = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).getChangeLogService(database);
            history.init();
        }
        return history;
    }

    /** Parses one revision file with the same path Liquibase records when the master includes it. */
    DatabaseChangeLog parse(Revision revision) {
        return parse(revision, true);
    }

    /**
     * Parses a revision file; without validation, XML is not checked against the changelog XSD.
     * Loading that schema is most of the cost of reading a file, and checksums do not depend on it,
     * so revisions that are only read to verify checksums skip it.
     */
    DatabaseChangeLog parse(Revision revision, boolean validate) {
        try {
            ChangeLogParameters parameters = new ChangeLogParameters(database);
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(revision.logicalPath(), resources);
            if (parser instanceof XMLChangeLogSAXParser && (!validate || validatedAlone(revision))) {
                parser = unvalidatedXmlParser();
            }
            return parser.parse(revision.logicalPath(), parameters, resources);
        } catch (LiquibaseException e) {
            throw new RevisionException("Revision " + revision.id() + " (" + revision.file() + ") is not a valid changelog: "
                    + e.getMessage());
        }
    }

    /**
     * Parses the base: the master changelog without its revision includes, under the master's own path, so that its
     * changeSets carry the paths plain Liquibase records for them.
     */
    DatabaseChangeLog parseBase(MasterChangelog master) {
        String path = master.logicalPath();
        MasterOverlay overlay = new MasterOverlay(resources, path, master.baseText());
        try {
            ChangeLogParameters parameters = new ChangeLogParameters(database);
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(path, overlay);
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), overlay), () -> parser.parse(path, parameters, overlay));
        } catch (Exception e) {
            throw new RevisionException("The master changelog's own entries (" + master.baseLabel() + ") are not a valid changelog: "
                    + e.getMessage() + ". Fix the entry it names in " + path + " or in the file it includes.");
        }
    }

    /**
     * Validates a revision's XML against its grammar compiled once ({@link ChangelogSchema}); false when Liquibase's
     * validating parser must do it.
     */
    private static boolean validatedAlone(Revision revision) throws ChangeLogParseException {
        try {
            return ChangelogSchema.validate(revision.file());
        } catch (SAXParseException e) {
            throw new ChangeLogParseException("Error parsing line " + e.getLineNumber() + " column " + e.getColumnNumber() + " of "
                    + revision.logicalPath() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new ChangeLogParseException("Error Reading Changelog File: " + e.getMessage(), e);
        }
    }

    private ChangeLogParser unvalidatedXmlParser() throws LiquibaseException {
        if (unvalidatedXml == null) {
            try {
                // The parser reads the setting once, when it is constructed.
                unvalidatedXml = Scope.child(Map.of(GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false),
                        XMLChangeLogSAXParser::new);
            } catch (Exception e) {
                throw new LiquibaseException(e);
            }
        }
        return unvalidatedXml;
    }

    /** True when the changeset applies to PostgreSQL and the configured contexts and labels. */
    boolean accepts(ChangeSet changeSet) {
        for (ChangeSetFilter f : filters) {
            if (!f.accepts(changeSet).isAccepted()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            Scope.exit(scopeId);
        } catch (Exception ignored) {
            // Leaving a scope only fails if it was never entered.
        }
    }
}
