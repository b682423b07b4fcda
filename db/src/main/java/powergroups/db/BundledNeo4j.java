package powergroups.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1 only, for development and tests.
 *
 * <p>Arguments are {@code key=value}: {@code port} (7687), {@code data} (./data),
 * {@code pagecacheMb} (256), {@code txTimeoutSeconds} (60). Heap is capped by the JVM flags of
 * whoever starts it (db/start.mjs passes -Xmx).
 *
 * <p>Prints one line {@code NEO4J_READY bolt://127.0.0.1:PORT} on stdout when Bolt accepts
 * connections. Stops cleanly on SIGTERM/SIGINT (shutdown hook) and when standard input closes,
 * which is how it notices that the Node process that started it has gone.
 */
public final class BundledNeo4j {
  private BundledNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    Path data = Path.of(options.getOrDefault("data", "data")).toAbsolutePath();
    long pagecacheBytes = Long.parseLong(options.getOrDefault("pagecacheMb", "256")) * 1024 * 1024;
    long txTimeout = Long.parseLong(options.getOrDefault("txTimeoutSeconds", "60"));

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(data)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            // Stop in about a second on Ctrl-C rather than waiting for idle Bolt worker threads.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // Only loopback can reach it, so there is nobody to authenticate.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pagecacheBytes)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
            .build();

    Thread stopper = new Thread(() -> stop(service), "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      System.err.println("Neo4j did not become available within 2 minutes; see " + data.resolve("logs"));
      System.exit(1);
    }
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    waitForStdinToClose();
    System.exit(0); // runs the shutdown hook
  }

  private static void stop(DatabaseManagementService service) {
    try {
      service.shutdown();
      System.err.println("Neo4j stopped cleanly.");
    } catch (RuntimeException e) {
      System.err.println("Neo4j shutdown failed: " + e.getMessage());
    }
  }

  private static void waitForStdinToClose() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone, same as end of input.
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("Expected key=value, got: " + arg);
      }
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return options;
  }
}
