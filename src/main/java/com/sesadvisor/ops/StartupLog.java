package com.sesadvisor.ops;

import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleEngine;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One line each for the database, the rules, the accounts and readiness once the application is up, as
 * {@code key=value} pairs an operator can grep or a log shipper can parse, e.g.
 * {@code startup database product=PostgreSQL version=15.18 url=jdbc:postgresql://db/ses schema=10}.
 * Never a password: the URL is logged without its query string (H2/PostgreSQL settings) and user info.
 */
@Component
class StartupLog {

    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    private final DataSource dataSource;
    private final ObjectProvider<Flyway> flyway;
    private final ObjectProvider<RuleEngine> rules;
    private final JdbcTemplate jdbc;
    private final Environment environment;

    StartupLog(DataSource dataSource, ObjectProvider<Flyway> flyway, ObjectProvider<RuleEngine> rules,
               JdbcTemplate jdbc, Environment environment) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.rules = rules;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        logDatabase();
        RuleEngine engine = rules.getIfAvailable();
        RuleBase current = engine == null ? null : engine.current();
        if (current == null) {
            log.warn("startup rules compiled=false");
        } else {
            log.info("startup rules compiled=true rules={} files={} version={} compileMillis={}",
                    current.rules().size(), current.files().size(), current.version(), current.compileMillis());
        }
        Long accounts = jdbc.queryForObject("select count(*) from app_user", Long.class);
        log.info("startup accounts count={}", accounts);
        log.info("startup ready port={} startSeconds={} pid={}", environment.getProperty("local.server.port", "-"),
                String.format(java.util.Locale.ROOT, "%.1f", event.getTimeTaken() == null
                        ? ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0
                        : event.getTimeTaken().toMillis() / 1000.0),
                ProcessHandle.current().pid());
    }

    private void logDatabase() {
        String schema = "-";
        Flyway f = flyway.getIfAvailable();
        if (f != null) {
            MigrationInfo currentMigration = f.info().current();
            schema = currentMigration == null ? "none" : currentMigration.getVersion().getVersion();
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            log.info("startup database product={} version={} url={} schema={}", meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion().split(" ")[0], safeUrl(meta.getURL()), schema);
        } catch (SQLException e) {
            log.warn("startup database reachable=false error={}", e.getMessage());
        }
    }

    /** The JDBC URL without settings or credentials. */
    static String safeUrl(String url) {
        if (url == null) {
            return "-";
        }
        String cut = url.split("[;?]", 2)[0];
        return cut.replaceAll("//[^/@]*@", "//");
    }
}
