package dev.aerie.api.db;

import java.util.stream.Stream;

/** Rows read from the database while iterating; holds a cursor until closed. */
public interface ResultStream<T> extends Iterable<T>, AutoCloseable {

    /** The rows as a Stream; closing the stream closes this. */
    Stream<T> stream();

    @Override
    void close();
}
