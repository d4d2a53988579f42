package dev.aerie.runtime.internal.db.vertx;

import dev.aerie.api.db.ResultStream;
import io.vertx.core.Future;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Rows read through a server-side cursor of the session's transaction, {@code fetchSize} at a time. */
final class PgResultStream<T> implements ResultStream<T> {
    private final PreparedStatement statement;
    private final Cursor cursor;
    private final PgRows<T> rows;
    private final int fetchSize;
    private final Waiter waiter;
    private final ArrayDeque<T> buffered = new ArrayDeque<>();
    private Function<io.vertx.sqlclient.Row, T> reader;
    private boolean started;
    private boolean iterated;
    private boolean closed;

    /** How the session waits for a future (and translates its failure). */
    @FunctionalInterface
    interface Waiter {
        <R> R await(Future<R> future);
    }

    PgResultStream(PreparedStatement statement, Cursor cursor, PgRows<T> rows, int fetchSize, Waiter waiter) {
        this.statement = statement;
        this.cursor = cursor;
        this.rows = rows;
        this.fetchSize = fetchSize;
        this.waiter = waiter;
    }

    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("a ResultStream can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (buffered.isEmpty() && !closed && (!started || cursor.hasMore())) {
                    fetch();
                }
                return !buffered.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.poll();
            }
        };
    }

    private void fetch() {
        started = true;
        RowSet<io.vertx.sqlclient.Row> batch = waiter.await(cursor.read(fetchSize));
        if (batch.size() == 0) {
            return;
        }
        if (reader == null) {
            reader = rows.forColumns(batch.columnsNames());
        }
        for (io.vertx.sqlclient.Row row : batch) {
            buffered.add(reader.apply(row));
        }
    }

    @Override
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        buffered.clear();
        try {
            waiter.await(cursor.close());
        } finally {
            waiter.await(statement.close());
        }
    }
}
