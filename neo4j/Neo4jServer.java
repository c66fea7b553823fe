import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * The real Neo4j Community engine, embedded, with the Bolt connector on 127.0.0.1 and authentication on.
 * Maven Central does not carry the packaged Community server, so this is how the project runs Neo4j without
 * Docker. Started and stopped by scripts/neo4j.mjs; arguments: HOME_DIR PORT USER PASSWORD PAGECACHE.
 * The password comes from the environment variable NEO4J_PASSWORD so that it never shows in `ps`.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String user = args[2];
        String password = System.getenv("NEO4J_PASSWORD");
        String pageCache = args[3];
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set and at least 8 characters long (Neo4j's minimum).");
            System.exit(2);
        }
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
                // A runaway query must not hold the database: the API sets its own, shorter timeouts too.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Neo4j: shutting down");
            dbms.shutdown();
        }));

        try {
            ensureUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
            // The default database must be online before clients connect; this waits for it.
            if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(Duration.ofMinutes(2).toMillis())) {
                throw new IllegalStateException("the default database did not come online within 2 minutes");
            }
        } catch (RuntimeException failure) {
            // Without this, the database's own threads would keep a half-started server alive and silent.
            System.err.println("Neo4j: failed to start: " + failure.getMessage());
            System.exit(1);
        }
        System.out.println("Neo4j: ready, bolt://127.0.0.1:" + port + " home=" + home);
    }

    /** Makes USER log in with PASSWORD: created on first start, its password reset to the configured one after. */
    private static void ensureUser(GraphDatabaseService system, String user, String password) {
        Map<String, Object> params = Map.of("user", user, "password", password);
        system.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (QueryExecutionException unchanged) {
            // Neo4j refuses to "change" a password to the one it already has: then there is nothing to do.
            if (!String.valueOf(unchanged.getMessage()).contains("cannot be the same")) throw unchanged;
        }
    }
}
