package dev.aerie.runtime.internal.db;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many transactions one backend committed and rolled back, counted by {@link Transactions}.
 * Plain adders, not Micrometer: metrics are optional, and when they are on the Prometheus registry
 * reads these (an increment is all it costs when they are off). For the runtime; not an API.
 */
public final class TransactionCounts {
    private final LongAdder commits = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();

    void committed() {
        commits.increment();
    }

    void rolledBack() {
        rollbacks.increment();
    }

    public long commits() {
        return commits.sum();
    }

    public long rollbacks() {
        return rollbacks.sum();
    }
}
