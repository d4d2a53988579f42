package dev.aerie.runtime;

import java.util.List;

/** Compile-only stand-in for the runtime's class (the runtime module's tests use the real one). */
public abstract class ApplicationContainer implements dev.aerie.api.Container {
    protected ApplicationContainer(Class<?> rootModule, int singletons) {}

    protected abstract Object lookup(String key);

    protected final void beginSingleton(int index) {}

    protected abstract String singletonKey(int index);

    protected final void endSingleton(int index) {}

    public abstract List<LifecycleHook> lifecycleHooks();

    public final void start() {}

    @Override
    public final <T> T get(Class<T> type) {
        return null;
    }

    @Override
    public final <T> T get(Class<T> type, String name) {
        return null;
    }

    @Override
    public final <T> T get(Class<T> type, Class<? extends java.lang.annotation.Annotation> qualifier) {
        return null;
    }

    @Override
    public final <T> java.util.Optional<T> find(Class<T> type) {
        return java.util.Optional.empty();
    }

    @Override
    public final void close() {}
}
