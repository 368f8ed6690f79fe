package readout;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Readout's embedded Neo4j Community: one DBMS with a Bolt connector on 127.0.0.1, started as a child of the
 * Node app. It prints one READY line when Bolt answers, and it never outlives its parent: when stdin reaches
 * EOF (the parent exited or was killed) it shuts down.
 */
public final class EmbeddedNeo4j {
    private static final AtomicBoolean STOPPING = new AtomicBoolean(false);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path dataDir = Path.of(required(options, "data-dir")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        long txTimeoutSeconds = Long.parseLong(options.getOrDefault("tx-timeout-seconds", "30"));
        String pageCache = options.getOrDefault("page-cache", "128m");
        // 0 = no limit of its own (the global pool still applies).
        String txMemoryMax = options.getOrDefault("tx-memory-max", "0");
        // A database nobody may write to: how the tests stand in for a read-only account on Community edition.
        boolean readOnly = Boolean.parseBoolean(options.getOrDefault("read-only", "false"));

        if (!portIsFree(port)) {
            System.err.println("READOUT_NEO4J_ERROR port " + port + " is already in use on 127.0.0.1");
            System.exit(3);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // No anonymous usage report to Neo4j's servers: a newsroom's graph does not call home, and a machine
                // without the internet has nothing to try at start.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV may not read the machine's files: the console is open to newsroom users.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // No plugin procedure may run unrestricted, and none loads beyond this list. (Verified on 5.26:
                // the allow-list governs plugins only; built-ins stay callable, so the app's console guard and
                // its plan check are what keep dbms.* out.)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of(
                        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*",
                        "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "db.awaitIndexes",
                        "dbms.components"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // One query may not take the heap from everyone: past this it fails alone with a memory error.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txMemoryMax))
                .setConfig(GraphDatabaseSettings.read_only_database_default, readOnly)
                // Transaction logs are preallocated 256 MB at a time by default: 515 MB on disk for five articles.
                // Small, not preallocated, rotated at 16 MB: the store grows with the news, not ahead of it.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                // Bolt's graceful shutdown idles 2 x 5 s by default; the app's Ctrl-C should not wait for it.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(dbms), "readout-neo4j-shutdown"));
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("READOUT_NEO4J_ERROR database did not become available within 2 minutes");
            System.exit(4);
        }
        System.out.println("READOUT_NEO4J_READY bolt://127.0.0.1:" + port + " " + Version.getNeo4jVersion());
        System.out.flush();

        watchParent(System.in);
        shutdown(dbms);
        System.exit(0);
    }

    /** Blocks until stdin is closed: that is how a dead parent (even after kill -9) is noticed. */
    private static void watchParent(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // The parent never writes; reading only waits for EOF.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone too.
        }
    }

    private static void shutdown(DatabaseManagementService dbms) {
        if (STOPPING.compareAndSet(false, true)) {
            dbms.shutdown();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --key=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }
}
