package dev.aerie.runtime.internal.cli;

import dev.aerie.api.Container;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A container of fixed instances, standing in for a generated one. */
final class MapContainer implements Container {
    final Map<Class<?>, Object> instances;
    final List<String> log = new CopyOnWriteArrayList<>();

    MapContainer(Map<Class<?>, Object> instances) {
        this.instances = instances;
        log.add("started");
    }

    @Override
    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new NoSuchElementException(type.getName()));
    }

    @Override
    public <T> T get(Class<T> type, String name) {
        throw new NoSuchElementException(name);
    }

    @Override
    public <T> T get(Class<T> type, Class<? extends Annotation> qualifier) {
        throw new NoSuchElementException(qualifier.getName());
    }

    @Override
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(instances.get(type)));
    }

    @Override
    public void close() {
        log.add("closed");
    }
}
