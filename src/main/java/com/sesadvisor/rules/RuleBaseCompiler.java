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
    private static final String KFS_ROOT = "src/main/resources/";

    private final KieServices kieServices = KieServices.Factory.get();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    public RuleBaseCompiler(Clock clock) {
        this.clock = clock;
    }

    /** Compiles the folder or throws {@link RuleCompilationException} naming every broken file and line. */
    public RuleBase compile(Path folder) {
        long started = System.nanoTime();
        List<RuleBase.RuleFile> files = readRuleFiles(folder);
        if (files.isEmpty()) {
            throw new RuleCompilationException("No .drl files found in rules folder " + folder.toAbsolutePath(),
                    List.of());
        }
        ReleaseId releaseId = kieServices.newReleaseId("com.sesadvisor", "ses-rules",
                "1.0." + generation.incrementAndGet());
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
        KieBuilder builder = kieServices.newKieBuilder(kfs, classLoader).buildAll();
        List<RuleCompilationException.RuleError> errors = new ArrayList<>();
        for (RuleCompilationException.RuleError e : RuleSetInfo.headerErrors(files)) {
            errors.add(new RuleCompilationException.RuleError(folder.resolve(e.file()).toString(), e.line(),
                    e.message()));
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(new RuleCompilationException.RuleError(originalPath(m.getPath(), kfsPaths, files, folder),
                    m.getLine(), m.getText().strip()));
        }
        if (!errors.isEmpty()) {
            kieServices.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException("Rule files in " + folder.toAbsolutePath() + " do not compile:",
                    errors);
        }
        KieContainer container = kieServices.newKieContainer(releaseId, classLoader);
        // Build the KieBase now rather than on the first session, so a generation is complete before it is
        // swapped in and the first evaluation after a reload does not pay for it.
        container.getKieBase();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new RuleBase(container, contentHash(files), files, ruleInfos(files), clock.instant(), millis);
    }

    /** Releases a generation's container and its module; evaluations still holding it finish first. */
    public void dispose(RuleBase ruleBase) {
        ruleBase.container().dispose();
        kieServices.getRepository().removeKieModule(ruleBase.container().getReleaseId());
    }

    private static List<RuleBase.RuleFile> readRuleFiles(Path folder) {
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
                Matcher pkg = PACKAGE.matcher(source);
                files.add(new RuleBase.RuleFile(relative, pkg.find() ? pkg.group(1) : "defaultpkg", source));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules folder " + folder.toAbsolutePath(), e);
        }
    }

    private static String originalPath(String kfsPath, List<String> kfsPaths, List<RuleBase.RuleFile> files,
                                       Path folder) {
        if (kfsPath != null) {
            for (int i = 0; i < kfsPaths.size(); i++) {
                if (kfsPaths.get(i).endsWith(kfsPath) || kfsPath.endsWith(kfsPaths.get(i))) {
                    return folder.resolve(files.get(i).path()).toString();
                }
            }
        }
        return kfsPath == null ? folder.toString() : kfsPath;
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
                rules.add(new RuleBase.RuleInfo(id, title, file.packageName(), file.path()));
            }
        }
        return rules;
    }

    private static String contentHash(List<RuleBase.RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleBase.RuleFile f : files) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.source().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
