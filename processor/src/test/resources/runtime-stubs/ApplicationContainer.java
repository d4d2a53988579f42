package dev.aerie.runtime;

import java.util.List;

/** Compile-only stand-in for the runtime's class (the runtime module's tests use the real one). */
public abstract class ApplicationContainer {
    protected ApplicationContainer(Class<?> rootModule, int singletons) {}

    protected abstract Object lookup(String key);

    protected final void beginSingleton(int index) {}

    protected abstract String singletonKey(int index);

    protected final void endSingleton(int index) {}

    public abstract List<LifecycleHook> lifecycleHooks();
}
