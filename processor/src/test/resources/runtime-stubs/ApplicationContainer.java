package dev.aerie.runtime;

import java.util.List;

/** Compile-only stand-in for the runtime's class (the runtime module's tests use the real one). */
public abstract class ApplicationContainer {
    protected ApplicationContainer(Class<?> rootModule) {}

    protected abstract Object lookup(String key);

    protected final void beginSingleton(String key) {}

    protected final void endSingleton(String key) {}

    public abstract List<LifecycleHook> lifecycleHooks();
}
