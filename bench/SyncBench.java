import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.casdoor.CasdoorApplication;
import io.wataomi.core.casdoor.CasdoorClient;
import io.wataomi.core.casdoor.CasdoorConfig;
import io.wataomi.core.casdoor.CasdoorUser;
import io.wataomi.core.casdoor.UserPage;
import io.wataomi.core.casdoor.UserPages;
import io.wataomi.core.config.Secret;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.sync.SyncConfig;
import io.wataomi.core.sync.SyncResult;
import io.wataomi.core.sync.SyncTables;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sync benchmark: wataomi's sync (one multi-row statement per page) against a plain baseline that
 * upserts one row per statement, both reading the same Casdoor test server through the same client,
 * each into a fresh database upgraded to the quickstart's head, each in one transaction. First sync,
 * then re-sync (nothing changed). Prints users/s, the ratio and the peak heap of this JVM.
 *
 * Usage: java -Xmx256m -cp CLASSPATH SyncBench.java PG_PORT CASDOOR_ENDPOINT USERS PAGE_SIZE QUICKSTART_DIR MODE
 * MODE: compare (wataomi and the baseline) or wataomi (wataomi only, for the large heap run).
 */
public class SyncBench {
    static final AtomicLong sampledPeak = new AtomicLong();
    static final AtomicLong liveAfterGc = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String endpoint = args[1];
        long users = Long.parseLong(args[2]);
        int pageSize = Integer.parseInt(args[3]);
        Path quickstart = Path.of(args[4]);
        boolean compare = args[5].equals("compare");
        startHeapSampler();
        CasdoorConfig casdoor = new CasdoorConfig(endpoint, CasdoorTestServer.CLIENT_ID, Secret.of(CasdoorTestServer.CLIENT_SECRET),
                "wataomi-app", CasdoorTestServer.ORG, null, Duration.ofSeconds(10), Duration.ofSeconds(120), 3,
                Duration.ofMillis(500), pageSize);
        System.out.printf("Sync benchmark: %,d users in pages of %,d, PostgreSQL on port %d, max heap %d MB, %s%n", users, pageSize,
                port, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        String w = database(port, "bench_sync_wataomi");
        Wataomi wataomi = new Wataomi(config(w, quickstart), Output.silent());
        wataomi.upgrade("head", false, null);
        SyncConfig sync = new SyncConfig(casdoor, SyncTables.defaults("public"));
        double[] first = runWataomi(wataomi, sync, "first sync");
        double[] again = runWataomi(wataomi, sync, "re-sync");
        check(w, users);
        if (!compare) {
            return;
        }
        String b = database(port, "bench_sync_baseline");
        new Wataomi(config(b, quickstart), Output.silent()).upgrade("head", false, null);
        double baseFirst = runBaseline(b, casdoor, "first sync");
        double baseAgain = runBaseline(b, casdoor, "re-sync");
        check(b, users);
        String same = fingerprint(w).equals(fingerprint(b)) ? "identical" : "DIFFERENT";
        System.out.printf("Result (users/s)       wataomi   baseline   ratio   target%n");
        System.out.printf("  first sync         %,9.0f  %,9.0f  %5.1fx   >= 20,000 users/s: %s%n", first[0], baseFirst,
                first[0] / baseFirst, first[0] >= 20_000 ? "met" : "MISSED");
        System.out.printf("  re-sync            %,9.0f  %,9.0f  %5.1fx   >= 50,000 users/s: %s%n", again[0], baseAgain,
                again[0] / baseAgain, again[0] >= 50_000 ? "met" : "MISSED");
        System.out.printf("Sanity: the two databases' users, workspaces and memberships are %s.%n", same);
    }

    static double[] runWataomi(Wataomi wataomi, SyncConfig sync, String label) throws Exception {
        resetPeaks();
        String load = load();
        long t0 = System.nanoTime();
        SyncResult r = wataomi.sync(sync);
        double s = (System.nanoTime() - t0) / 1e9;
        double rate = r.users() / s;
        System.out.printf("  wataomi  %-10s %,9d users in %6.2f s = %,9.0f users/s  (created %,d, updated %,d, unchanged %,d;"
                        + " heap: peak used %d MB (sampled every 5 ms), sum of pool peaks %d MB, max live after a GC %d MB;"
                        + " load average before: %s)%n",
                label, r.users(), s, rate, r.created(), r.updated(), r.unchanged(), sampledPeak.get() >> 20, poolPeaks() >> 20,
                liveAfterGc.get() >> 20, load);
        return new double[]{rate};
    }

    /** The baseline: the same client and pages, but one INSERT ... ON CONFLICT per user and one per membership (two statements a user). */
    static double runBaseline(String url, CasdoorConfig casdoor, String label) throws Exception {
        resetPeaks();
        String load = load();
        long t0 = System.nanoTime();
        long n = 0;
        long written = 0;
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            c.setAutoCommit(false);
            CasdoorClient client = new CasdoorClient(casdoor, Output.silent());
            client.checkOrganization();
            try (PreparedStatement ws = c.prepareStatement("INSERT INTO workspace (slug, name, is_default) VALUES (?, ?, ?)"
                    + " ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name WHERE workspace.name IS DISTINCT FROM EXCLUDED.name")) {
                for (CasdoorApplication a : client.applications()) {
                    ws.setString(1, a.name());
                    ws.setString(2, a.shownName());
                    ws.setBoolean(3, false);
                    ws.executeUpdate();
                }
                ws.setString(1, "default");
                ws.setString(2, "Default");
                ws.setBoolean(3, true);
                ws.executeUpdate();
            }
            long defaultId;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM workspace WHERE slug = 'default'")) {
                rs.next();
                defaultId = rs.getLong(1);
            }
            try (PreparedStatement up = c.prepareStatement("INSERT INTO \"user\" (casdoor_id, email, name, avatar, is_active)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (casdoor_id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name,"
                    + " avatar = EXCLUDED.avatar, is_active = EXCLUDED.is_active, updated_at = now()"
                    + " WHERE (\"user\".email, \"user\".name, \"user\".avatar, \"user\".is_active)"
                    + " IS DISTINCT FROM (EXCLUDED.email, EXCLUDED.name, EXCLUDED.avatar, EXCLUDED.is_active)");
                 PreparedStatement member = c.prepareStatement("INSERT INTO workspace_member (workspace_id, user_id, role)"
                         + " SELECT ?, id, 'member' FROM \"user\" WHERE casdoor_id = ? ON CONFLICT (workspace_id, user_id) DO NOTHING");
                 UserPages pages = client.users()) {
                while (pages.hasNext()) {
                    UserPage page = pages.next();
                    for (CasdoorUser u : page.users()) {
                        up.setString(1, u.id());
                        up.setString(2, empty(u.email()));
                        up.setString(3, empty(u.shownName()));
                        up.setString(4, empty(u.avatar()));
                        up.setBoolean(5, u.active());
                        written += up.executeUpdate();
                        member.setLong(1, defaultId);
                        member.setString(2, u.id());
                        member.executeUpdate();
                        n++;
                    }
                }
            }
            c.commit();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  baseline %-10s %,9d users in %6.2f s = %,9.0f users/s  (rows written %,d; load average before: %s)%n",
                label, n, s, n / s, written, load);
        return n / s;
    }

    /** The 1-minute load average, as other work on the machine skews every figure. */
    static String load() throws Exception {
        return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static WataomiConfig config(String url, Path quickstart) {
        LayeredSettings s = LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of("wataomi.url", url, "wataomi.username", "postgres"));
        return WataomiConfig.from(s, quickstart);
    }

    static String database(int port, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    static void check(String url, long users) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM \"user\"), (SELECT count(*) FROM workspace_member)")) {
            rs.next();
            if (rs.getLong(1) != users || rs.getLong(2) != users) {
                throw new IllegalStateException(url + ": " + rs.getLong(1) + " users, " + rs.getLong(2) + " memberships; expected " + users);
            }
        }
    }

    static String fingerprint(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", null); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT md5(string_agg(concat_ws('|', casdoor_id, email, name, avatar, is_active), E'\\n'"
                     + " ORDER BY casdoor_id)) || (SELECT md5(string_agg(concat_ws('|', slug, name, is_default), ',' ORDER BY slug))"
                     + " FROM workspace) || (SELECT count(*) FROM workspace_member m JOIN workspace w ON w.id = m.workspace_id"
                     + " WHERE w.slug = 'default') FROM \"user\"")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void startHeapSampler() {
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
                    long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools().stream().anyMatch(p -> p.getName().equals(e.getKey())))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    liveAfterGc.accumulateAndGet(live, Math::max);
                }
            }, null, null);
        }
        Thread t = new Thread(() -> {
            while (true) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                sampledPeak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    static void resetPeaks() {
        System.gc();
        sampledPeak.set(0);
        liveAfterGc.set(0);
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound of the heap used at any one time. */
    static long poolPeaks() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
