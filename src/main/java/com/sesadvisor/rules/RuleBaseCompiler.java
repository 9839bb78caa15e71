package com.sesadvisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles every {@code .drl} file below a folder into a fresh {@link RuleBase}. Each build gets its own
 * {@link ReleaseId} so that an old generation can be disposed without touching the new one (stack.md).
 */
public final class RuleBaseCompiler {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern TITLE_ZH = Pattern.compile("\\s*//\\s*@titleZh\\s+(.+?)\\s*");
    private static final String KFS_ROOT = "src/main/resources/";

    private final KieServices kieServices = KieServices.Factory.get();
    /** Shared by every compiler in the JVM: the start-up compile runs on its own instance (RulesConfiguration). */
    private static final AtomicLong GENERATION = new AtomicLong();
    private final Clock clock;
    private final ExecutionLimits limits;

    public RuleBaseCompiler(Clock clock) {
        this(clock, ExecutionLimits.DEFAULT);
    }

    public RuleBaseCompiler(Clock clock, ExecutionLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** Where packaged rules live on the class path (the top-level rules/ folder copied in by the build). */
    public static final String PACKAGED_PREFIX = "classpath:packaged-rules/";

    /** Compiles the folder or throws {@link RuleCompilationException} naming every broken file and line. */
    public RuleBase compile(Path folder) {
        return compile(readRuleFiles(folder), folder.toAbsolutePath().toString(), false,
                path -> folder.resolve(path).toString());
    }

    /** Compiles the rules packaged in the jar (read-only); {@code files} as read by the caller from the class path. */
    public RuleBase compilePackaged(List<RuleBase.RuleFile> files) {
        return compile(files, PACKAGED_PREFIX, true, path -> PACKAGED_PREFIX + path);
    }

    /**
     * Compiles, checks and tests a candidate: the DRL must compile, every rule set's header must be complete and
     * its {@code @checks} must match its rules, its scenarios must parse and cover every check, and then every
     * scenario must pass on the compiled candidate under the {@link ExecutionLimits}. Only then is it returned.
     */
    private RuleBase compile(List<RuleBase.RuleFile> files, String location, boolean packaged,
                             java.util.function.UnaryOperator<String> where) {
        long started = System.nanoTime();
        if (files.isEmpty()) {
            throw new RuleCompilationException("No .drl files found in rules folder " + location, List.of());
        }
        ReleaseId releaseId = kieServices.newReleaseId("com.sesadvisor", "ses-rules",
                "1.0." + GENERATION.incrementAndGet());
        KieFileSystem kfs = kieServices.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        List<String> kfsPaths = new ArrayList<>();
        for (RuleBase.RuleFile file : files) {
            String kfsPath = KFS_ROOT + file.packageName().replace('.', '/') + "/"
                    + file.path().replace('/', '_');
            kfsPaths.add(kfsPath);
            kfs.write(kfsPath, file.source());
        }
        ClassLoader classLoader = RuleBaseCompiler.class.getClassLoader();
        List<RuleCompilationException.RuleError> errors = new ArrayList<>();
        KieBuilder builder;
        try {
            builder = kieServices.newKieBuilder(kfs, classLoader).buildAll();
        } catch (RuntimeException crash) {
            // Drools' compiler itself can fail on odd input (e.g. a pattern inside a consequence): say so plainly.
            kieServices.getRepository().removeKieModule(releaseId);
            errors.add(new RuleCompilationException.RuleError(location, 0, "the Drools compiler failed ("
                    + crash + "); check the last edited rule"));
            throw new RuleCompilationException("Rule files in " + location + " do not compile:", errors);
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleBase.RuleFile file = fileOf(m.getPath(), kfsPaths, files);
            int line = file == null ? m.getLine() : ErrorLocator.locate(file.source(), m.getLine(), m.getText());
            errors.add(new RuleCompilationException.RuleError(file == null
                    ? (m.getPath() == null ? location : m.getPath()) : where.apply(file.path()), line,
                    m.getText().strip()));
        }
        // Header and declaration problems after the compiler's own errors, so the first error is the DRL's.
        for (RuleCompilationException.RuleError e : RuleSetInfo.headerErrors(files)) {
            errors.add(new RuleCompilationException.RuleError(where.apply(e.file()), e.line(), e.message()));
        }
        RuleBase unchecked = new RuleBase(null, contentHash(files), files, ruleInfos(files), clock.instant(), 0,
                List.of(), location, packaged);
        List<RuleSetInfo> sets = errors.isEmpty() ? RuleSetInfo.all(unchecked) : List.of();
        for (RuleBase.RuleFile file : files) {
            if (file.scenarios() != null && RuleSetInfo.isRuleSet(file)) {
                List<RuleCompilationException.RuleError> parse = new ArrayList<>();
                ScenarioFile.parse(RuleSetInfo.scenarioPath(file.path()), file.scenarios(), parse);
                parse.forEach(e -> errors.add(new RuleCompilationException.RuleError(where.apply(e.file()),
                        e.line(), e.message())));
            }
        }
        if (errors.isEmpty()) {
            for (RuleSetInfo set : sets) {
                EligibilityJudge.coverageErrors(set).forEach(e -> errors.add(new RuleCompilationException.RuleError(
                        where.apply(e.file()), e.line(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            kieServices.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException("Rule files in " + location + " do not compile:", errors);
        }
        KieContainer container = kieServices.newKieContainer(releaseId, classLoader);
        // Build the KieBase now rather than on the first session, so a generation is complete before it is
        // swapped in and the first evaluation after a reload does not pay for it.
        container.getKieBase();
        RuleBase candidate = new RuleBase(container, unchecked.version(), files, unchecked.rules(),
                clock.instant(), 0, List.of(), location, packaged);
        List<RuleScenario.Result> results = EligibilityJudge.runScenarios(candidate, sets, limits);
        for (RuleScenario.Result r : results) {
            if (!r.passed()) {
                errors.add(new RuleCompilationException.RuleError(where.apply(r.file()), r.line(), "scenario '"
                        + r.name() + "' of " + r.ruleSet() + " expected " + r.expected() + ", got " + r.actual()));
            }
        }
        if (!errors.isEmpty()) {
            dispose(candidate);
            throw new RuleCompilationException("Rule files in " + location + " fail their scenarios:", errors,
                    results);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new RuleBase(container, candidate.version(), files, candidate.rules(), clock.instant(), millis,
                results, location, packaged);
    }

    /** Releases a generation's container and its module; evaluations still holding it finish first. */
    public void dispose(RuleBase ruleBase) {
        ruleBase.container().dispose();
        kieServices.getRepository().removeKieModule(ruleBase.container().getReleaseId());
    }

    /** The limits every evaluation and scenario of the rule bases this compiler builds runs under. */
    public ExecutionLimits limits() {
        return limits;
    }

    static List<RuleBase.RuleFile> readRuleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException("Rules folder " + folder.toAbsolutePath()
                    + " does not exist (set ses.rules.dir)", List.of());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> drls = paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            List<RuleBase.RuleFile> files = new ArrayList<>();
            for (Path p : drls) {
                String source = Files.readString(p, StandardCharsets.UTF_8);
                String relative = folder.relativize(p).toString().replace('\\', '/');
                Path scenarios = folder.resolve(RuleSetInfo.scenarioPath(relative));
                files.add(ruleFile(relative, source, Files.isRegularFile(scenarios)
                        ? Files.readString(scenarios, StandardCharsets.UTF_8) : null));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules folder " + folder.toAbsolutePath(), e);
        }
    }

    /** A rule file with its package read from its {@code package} line. */
    public static RuleBase.RuleFile ruleFile(String relativePath, String source, String scenarios) {
        Matcher pkg = PACKAGE.matcher(source);
        return new RuleBase.RuleFile(relativePath, pkg.find() ? pkg.group(1) : "defaultpkg", source, scenarios);
    }

    private static RuleBase.RuleFile fileOf(String kfsPath, List<String> kfsPaths, List<RuleBase.RuleFile> files) {
        if (kfsPath != null) {
            for (int i = 0; i < kfsPaths.size(); i++) {
                if (kfsPaths.get(i).endsWith(kfsPath) || kfsPath.endsWith(kfsPaths.get(i))) {
                    return files.get(i);
                }
            }
        }
        return null;
    }

    private static List<RuleBase.RuleInfo> ruleInfos(List<RuleBase.RuleFile> files) {
        List<RuleBase.RuleInfo> rules = new ArrayList<>();
        for (RuleBase.RuleFile file : files) {
            Matcher m = RULE.matcher(file.source());
            while (m.find()) {
                String name = m.group(1).strip();
                int space = name.indexOf(' ');
                String id = space < 0 ? name : name.substring(0, space);
                String title = space < 0 ? "" : name.substring(space + 1).strip();
                rules.add(new RuleBase.RuleInfo(id, title, file.packageName(), file.path(),
                        chineseTitle(file.source(), m.start(1))));
            }
        }
        return rules;
    }

    /** The {@code // @titleZh ...} comment on the line right above a rule (a comment, so the DRL stays plain). */
    static String chineseTitle(String source, int ruleName) {
        int lineStart = source.lastIndexOf('\n', ruleName);
        if (lineStart < 0) {
            return "";
        }
        int previousStart = source.lastIndexOf('\n', lineStart - 1) + 1;
        Matcher m = TITLE_ZH.matcher(source.substring(previousStart, lineStart));
        return m.matches() ? m.group(1).strip() : "";
    }

    private static String contentHash(List<RuleBase.RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleBase.RuleFile f : files) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.source().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                if (f.scenarios() != null) {
                    sha.update(f.scenarios().getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
