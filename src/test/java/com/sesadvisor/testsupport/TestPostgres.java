package com.sesadvisor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's binaries ({@code /usr/lib/postgresql/<version>/bin}, installed by
 * {@code src/test/scripts/ensure-postgresql.sh} before the tests run), a fresh cluster ({@code initdb}) on a free
 * loopback port, started once per test JVM and stopped (and deleted) by a shutdown hook. PostgreSQL refuses to run
 * as root, so when the build runs as root the server runs as the {@code postgres} OS user ({@code runuser}) with its
 * data directory in a temporary folder that user owns; otherwise under {@code target/}. See decision 0005.
 *
 * <p>Test-only settings: trust authentication on 127.0.0.1 and {@code fsync=off} (the tests kill the application,
 * never the database server, so what PostgreSQL acknowledged stays in the operating system's cache either way).
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    private static TestPostgres instance;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private TestPostgres(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** A new, empty database on this server; its JDBC URL. */
    public String createDatabase() {
        String name = "ses_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start() {
        Path bin = findBinaries();
        boolean root = isRoot();
        try {
            Path dataParent;
            if (root) {
                // PostgreSQL refuses root: the postgres OS user must own the data folder and reach it, which a
                // checkout below /root would not allow, so it lives in /tmp.
                dataParent = Files.createTempDirectory("ses-advisor-pg-");
                run(List.of("chown", USER, dataParent.toString()), 30);
            } else {
                dataParent = Path.of("target", "postgresql", "pg-" + ProcessHandle.current().pid()).toAbsolutePath();
                Files.createDirectories(dataParent);
            }
            Path dataDir = dataParent.resolve("data");
            int port = freePort();
            TestPostgres pg = new TestPostgres(bin, dataDir, port, root);
            pg.initdb();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> pg.stop(dataParent), "stop-test-postgresql"));
            pg.startServer(dataParent.resolve("postgresql.log"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void initdb() throws IOException {
        run(command(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"), 120);
    }

    private void startServer(Path log) throws IOException {
        List<String> cmd = command(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", log.toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -h 127.0.0.1 -k '' -c fsync=off -c max_connections=200",
                "start");
        try {
            run(cmd, 90);
        } catch (IllegalStateException e) {
            String tail = Files.exists(log) ? Files.readString(log) : "(no log)";
            throw new IllegalStateException(e.getMessage() + "\nPostgreSQL log:\n" + tail, e);
        }
    }

    private void stop(Path dataParent) {
        try {
            run(command(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w",
                    "stop"), 60);
        } catch (RuntimeException | IOException e) {
            System.err.println("Stopping the test PostgreSQL failed: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dataParent)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: target/ is cleaned by mvn clean, /tmp by the OS
        }
    }

    /** The command, run as the postgres OS user when this JVM runs as root. */
    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", USER, "--"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static void run(List<String> cmd, int timeoutSeconds) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try {
            // pg_ctl start leaves the server running with its own output in the log file, so this ends
            out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", cmd), e);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + out);
        }
    }

    /** {@code $PG_BIN}, else the newest {@code /usr/lib/postgresql/<version>/bin} that has initdb. */
    static Path findBinaries() {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Path.of(env);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(TestPostgres::majorVersion));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb): "
                + "install Debian's 'postgresql' package (src/test/scripts/ensure-postgresql.sh does this as root) "
                + "or set PG_BIN");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String uid = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
