package com.sesadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles the rule folder at start-up. A DRL that does not compile, or a scenario that fails, throws here, so the
 * application refuses to start and the log names the file, line and error. Later reloads (admin action, file
 * change) keep the last good rule base instead.
 *
 * <p>Started outside the repository (no {@code rules/} folder in the working directory) and with
 * {@code ses.rules.dir} not set explicitly, the jar falls back to the rule files packaged in it
 * ({@code classpath:packaged-rules/}): read-only, so reload and the folder watch are off, and the log and the Rules
 * page say so. An explicitly configured folder that does not exist still stops start-up.
 */
@Configuration
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);
    private static final String PACKAGED = "packaged-rules/";

    @Bean
    ExecutionLimits ruleExecutionLimits(Environment env) {
        return limits(env);
    }

    @Bean
    RuleBaseCompiler ruleBaseCompiler(Clock clock, ExecutionLimits limits) {
        return new RuleBaseCompiler(clock, limits);
    }

    /**
     * Starts compiling the rules on a background thread as soon as the bean definitions are known, before any
     * other bean is created, so that the Drools compile (several seconds of a cold start) overlaps with Hibernate,
     * Flyway and the web server instead of adding to them (issue 17). {@link #ruleEngine} waits for it; a rule
     * file that does not compile still stops start-up with the same {@link RuleCompilationException}.
     * {@code ses.rules.precompile=false} compiles in {@link #ruleEngine} instead.
     */
    @Bean
    static RulePrecompile rulePrecompile(Environment env) {
        return new RulePrecompile(env);
    }

    @Bean(destroyMethod = "")
    RuleEngine ruleEngine(RuleBaseCompiler compiler, Environment env, RulePrecompile precompile) {
        return new RuleEngine(precompile.take(() -> compileInitial(compiler, env)), compiler::dispose);
    }

    /** The first generation: the rules folder, or the packaged rules when there is none and none was configured. */
    static RuleBase compileInitial(RuleBaseCompiler compiler, Environment env) {
        Path folder = Path.of(env.getProperty("ses.rules.dir", "rules"));
        if (!Files.isDirectory(folder) && !explicitlySet(env)) {
            log.warn("Rules folder {} does not exist and ses.rules.dir is not set: using the rules packaged in the "
                    + "application (read-only; reload and folder watch are off). Set ses.rules.dir to a folder "
                    + "to edit rules.", folder.toAbsolutePath());
            return compiler.compilePackaged(packagedFiles());
        }
        return compiler.compile(folder);
    }

    static ExecutionLimits limits(Environment env) {
        return new ExecutionLimits(env.getProperty("ses.rules.max-firings", Integer.class, 10_000),
                Duration.ofMillis(env.getProperty("ses.rules.max-millis", Long.class, 2_000L)));
    }

    @Bean
    RuleBaseReloader ruleBaseReloader(RuleBaseCompiler compiler, RuleEngine engine, Environment env, Clock clock,
                                      ObjectProvider<RuleBaseHistory> history) {
        return new RuleBaseReloader(compiler, engine, Path.of(env.getProperty("ses.rules.dir", "rules")), clock,
                history.getIfAvailable(() -> RuleBaseHistory.NONE));
    }

    @Bean
    RuleFolderWatcher ruleFolderWatcher(RuleBaseReloader reloader, RuleEngine engine, Environment env,
                                        @Value("${ses.rules.watch-debounce-ms:500}") long debounceMs) {
        boolean watch = env.getProperty("ses.rules.watch", Boolean.class, true) && !engine.current().packaged();
        return new RuleFolderWatcher(reloader, Duration.ofMillis(debounceMs), watch);
    }

    /**
     * Whether {@code ses.rules.dir} was given by the operator rather than by the application's own defaults (the
     * packaged application.properties sets it to {@code rules}).
     */
    private static boolean explicitlySet(Environment env) {
        if (!(env instanceof org.springframework.core.env.ConfigurableEnvironment configurable)) {
            return env.containsProperty("ses.rules.dir");
        }
        for (var source : configurable.getPropertySources()) {
            // "configurationProperties" is Boot's view over all the others; look at the real sources only.
            if (!"configurationProperties".equals(source.getName()) && source.containsProperty("ses.rules.dir")) {
                String name = source.getName();
                return !(name.contains("application.properties") && name.contains("classpath"));
            }
        }
        return false;
    }

    /** The rule files packaged in the jar, with their scenario companions. */
    static List<RuleBase.RuleFile> packagedFiles() {
        try {
            Resource[] drls = new PathMatchingResourcePatternResolver(RulesConfiguration.class.getClassLoader())
                    .getResources("classpath*:" + PACKAGED + "**/*.drl");
            List<RuleBase.RuleFile> files = new ArrayList<>();
            for (Resource r : drls) {
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf(PACKAGED) + PACKAGED.length());
                files.add(RuleBaseCompiler.ruleFile(relative, read(r.getURL().openStream()),
                        readIfExists("/" + PACKAGED + RuleSetInfo.scenarioPath(relative))));
            }
            files.sort(Comparator.comparing(RuleBase.RuleFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged rules", e);
        }
    }

    private static String readIfExists(String resource) throws IOException {
        InputStream in = RulesConfiguration.class.getResourceAsStream(resource);
        return in == null ? null : read(in);
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
