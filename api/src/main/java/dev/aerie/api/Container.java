package dev.aerie.api;

import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * A started application graph. Obtain one with {@code Aerie.create(AppModule.class)}; closing it
 * runs the {@link OnStop} hooks.
 *
 * <p>Lookups see what the root module can see: its own providers and what its imports export.
 */
public interface Container extends AutoCloseable {

    /** The unqualified binding for {@code type}; fails naming the type when there is none. */
    <T> T get(Class<T> type);

    /** The binding for {@code type} qualified with {@code @Named(name)}. */
    <T> T get(Class<T> type, String name);

    /** The binding for {@code type} qualified with the marker qualifier {@code qualifier}. */
    <T> T get(Class<T> type, Class<? extends Annotation> qualifier);

    /** Like {@link #get(Class)}, empty when there is no such binding. */
    <T> Optional<T> find(Class<T> type);

    /** Runs the shutdown hooks, in reverse start order. Idempotent. */
    @Override
    void close();
}
