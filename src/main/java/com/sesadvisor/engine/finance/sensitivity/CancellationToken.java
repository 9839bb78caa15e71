package com.sesadvisor.engine.finance.sensitivity;

/** Cooperative cancellation for long runs (Monte Carlo, grids); thread-safe. */
public final class CancellationToken {
    private volatile boolean cancelled;

    /** A token that is never cancelled. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
