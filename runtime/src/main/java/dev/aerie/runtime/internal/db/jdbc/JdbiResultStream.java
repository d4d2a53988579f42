package dev.aerie.runtime.internal.db.jdbc;

import dev.aerie.api.db.ResultStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.result.ResultIterator;

/** Rows read from an open JDBI cursor; database errors while reading become problems as elsewhere. */
final class JdbiResultStream<T> implements ResultStream<T> {
    private final ResultIterator<T> rows;
    private final UnaryOperator<RuntimeException> translate;
    private boolean iterated;

    JdbiResultStream(ResultIterator<T> rows, UnaryOperator<RuntimeException> translate) {
        this.rows = rows;
        this.translate = translate;
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
                try {
                    return rows.hasNext();
                } catch (RuntimeException e) {
                    throw translate.apply(e);
                }
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return rows.next();
                } catch (RuntimeException e) {
                    throw translate.apply(e);
                }
            }
        };
    }

    @Override
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        rows.close();
    }
}
