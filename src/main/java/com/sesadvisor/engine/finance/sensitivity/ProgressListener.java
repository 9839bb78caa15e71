package com.sesadvisor.engine.finance.sensitivity;

/**
 * Progress of a long run; called from worker threads (implementations must be thread-safe), at most about
 * a hundred times per run, with {@code done} non-decreasing across calls in practice but not guaranteed.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
