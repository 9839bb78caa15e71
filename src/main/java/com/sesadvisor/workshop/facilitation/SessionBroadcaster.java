package com.sesadvisor.workshop.facilitation;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open screens of a workshop that its session changed, after the change is committed (so what they read
 * is what was stored). Listeners are called on a small pool of our own, never on the thread of the request that
 * made the change: an expert's vote returns at once, whatever the 30 other screens do. Screens update themselves
 * through {@code UI.access}, and Vaadin Push carries the update to the browser.
 *
 * <p>Per application instance: with two instances behind a load balancer, a screen on the other instance sees the
 * change only at its next own request or its slow safety poll (see the session screens). The stored session is the
 * truth in both cases.
 */
@Component
public class SessionBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBroadcaster.class);

    private record Listener(boolean facilitator, Consumer<SessionChanged> onChange) {
    }

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "session-broadcast-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /**
     * Registers a screen of a workshop's session; a facilitator's screen also hears every vote.
     *
     * @return call to unregister (when the screen detaches)
     */
    public Runnable register(long workshopId, boolean facilitator, Consumer<SessionChanged> onChange) {
        Listener l = new Listener(facilitator, onChange);
        listeners.computeIfAbsent(workshopId, k -> new CopyOnWriteArrayList<>()).add(l);
        return () -> listeners.getOrDefault(workshopId, List.of()).remove(l);
    }

    /** How many screens follow a workshop now (for the facilitator's "connected" figure and tests). */
    public int connected(long workshopId, boolean facilitators) {
        return (int) listeners.getOrDefault(workshopId, List.of()).stream()
                .filter(l -> l.facilitator() == facilitators).count();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SessionChanged event) {
        for (Listener l : listeners.getOrDefault(event.workshopId(), List.of())) {
            if (event.kind() == SessionChanged.Kind.VOTE && !l.facilitator()) {
                continue;
            }
            pool.execute(() -> {
                try {
                    l.onChange().accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("A session screen could not be updated: {}", e.toString());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
