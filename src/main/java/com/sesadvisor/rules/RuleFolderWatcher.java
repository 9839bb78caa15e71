package com.sesadvisor.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the rule base when a file under the rules folder changes. Editors write a file in several steps (and
 * often several files at once), so events are debounced: the reload runs once the folder has been quiet for the
 * debounce interval.
 */
public class RuleFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleFolderWatcher.class);

    private final RuleBaseReloader reloader;
    private final Duration debounce;
    private volatile WatchService watchService;
    private volatile Thread thread;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;

    private final boolean enabled;

    public RuleFolderWatcher(RuleBaseReloader reloader, Duration debounce) {
        this(reloader, debounce, true);
    }

    /** A watcher that does nothing when not {@code enabled} (ses.rules.watch=false, or packaged read-only rules). */
    public RuleFolderWatcher(RuleBaseReloader reloader, Duration debounce, boolean enabled) {
        this.reloader = reloader;
        this.debounce = debounce;
        this.enabled = enabled;
    }

    @Override
    public synchronized void start() {
        if (thread != null || !enabled) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(reloader.folder());
        } catch (IOException e) {
            log.warn("Cannot watch rules folder {}; reload from the admin action only", reloader.folder(), e);
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
        thread = daemon(this::watch, "rules-watch");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("closing watch service", e);
        }
        scheduler.shutdownNow();
        thread.interrupt();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                key.pollEvents().forEach(event -> {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && event.context() instanceof Path child && Files.isDirectory(dir.resolve(child))) {
                        registerQuietly(dir.resolve(child));
                    }
                });
                key.reset();
                scheduleReload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void scheduleReload() {
        if (scheduler == null || scheduler.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(() -> reloader.reload("file change"), debounce.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            log.warn("Cannot watch new rules sub-folder {}", dir, e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
