package io.wataomi.core.autogen;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.db.ScratchDatabase;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.shared.Background;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a comparison with the live database needs from the servers, fetched on a thread of its own while this one loads
 * the entities through Hibernate: the goal's check of the database (up to date, no unknown revision), the live server's
 * reserved words, the catalog of the default schema, then the scratch database. Loading a thousand entities keeps one
 * core busy for seconds; these mostly wait on the server. One thread does them in order, so the embedded server, when
 * used, is started once. The entities may turn out to use other schemas too: their catalog is then read again, in
 * full, once they are known.
 */
final class ServerSide {
    private final RunContext context;
    private final List<String> schemas;
    private final CompletableFuture<Fetched> fetched;

    /** What the live database gave. */
    private record Live(KeywordCheck.Reserved reserved, Catalog catalog) {
    }

    private record Fetched(Live live, ScratchDatabase scratch) {
    }

    private ServerSide(RunContext context, List<String> schemas, CompletableFuture<Fetched> fetched) {
        this.context = context;
        this.schemas = schemas;
        this.fetched = fetched;
    }

    /**
     * Starts the check, the reads and the scratch database (on the server {@code devUrl} names, else on the configured
     * one when its user may create databases) on a daemon thread. The live database is started (embedded) and
     * announced there too: only that thread touches the context until this object is joined.
     */
    static ServerSide start(RunContext context, Runnable check, String devUrl) {
        List<String> schemas = List.of(context.config().connection().schema());
        CompletableFuture<Fetched> fetched = Background.start("wataomi-server-side", () -> {
            check.run();
            Live live = context.connected(c -> new Live(KeywordCheck.read(c), ScratchNormaliser.read(c, schemas)));
            return new Fetched(live, ScratchDatabase.create(context, devUrl, true));
        });
        return new ServerSide(context, schemas, fetched);
    }

    /** The scratch database, now the caller's to close; throws the failure of the work before it. */
    ScratchDatabase scratch() {
        return joined().scratch();
    }

    /** The reserved words of the live server. */
    KeywordCheck.Reserved reserved() {
        return joined().live().reserved();
    }

    /** The live catalog of these schemas: the one read early when they are the default schema alone. */
    Catalog catalog(List<String> wanted) {
        return wanted.equals(schemas) ? joined().live().catalog() : context.connected(c -> ScratchNormaliser.read(c, wanted));
    }

    /**
     * Called when loading the entities failed: waits for the servers' side, drops the scratch database, and throws the
     * servers' failure first (the database not up to date, or not reachable, is what the goal reported before loading
     * anything), with the entities' as suppressed.
     */
    void failFirst(Throwable entities) {
        ScratchDatabase scratch;
        try {
            scratch = scratch();
        } catch (RuntimeException servers) {
            servers.addSuppressed(entities);
            throw servers;
        }
        try {
            scratch.close();
        } catch (RuntimeException e) {
            entities.addSuppressed(e);
        }
    }

    private Fetched joined() {
        return Background.join(fetched);
    }
}
