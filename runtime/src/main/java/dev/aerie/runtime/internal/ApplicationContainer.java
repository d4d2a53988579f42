package dev.aerie.runtime.internal;

import dev.aerie.api.Container;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Base class of every generated application container ({@code AppModule_Application}), and the
 * service type under which they are registered in {@code META-INF/services}. Used by generated code.
 *
 * <p>The generated subclass supplies the lookup of bindings by name and the lifecycle hooks; this
 * class turns them into the {@link Container} contract.
 * For generated code; not an API.
 */
public abstract class ApplicationContainer implements Container {
    private final Class<?> rootModule;
    private final List<LifecycleHook> started = new ArrayList<>();
    /** Which singletons (by index) are being created right now, under the generated container's lock. */
    private final boolean[] creating;
    /** Their indexes, innermost last, for the message when construction leads back to one of them. */
    private int[] chain = new int[16];
    private int depth;
    private boolean starting;
    private boolean closed;

    /**
     * Used by generated code.
     *
     * @param singletons how many singletons can be requested during their own creation (those on a
     *     cycle through a {@code Provider}; their indexes for {@link #beginSingleton})
     */
    protected ApplicationContainer(Class<?> rootModule, int singletons) {
        this.rootModule = rootModule;
        this.creating = new boolean[singletons];
    }

    /** The root {@code @Module} this container was generated for. */
    public final Class<?> rootModule() {
        return rootModule;
    }

    /**
     * The instance bound to {@code key} (see {@link #keyOf}), or null when the root module has no
     * such binding. Used by generated code.
     */
    protected abstract Object lookup(String key);

    /**
     * Marks the start of creating singleton number {@code index}, under the container's lock. A
     * second request for it before {@link #endSingleton} can only come from its own construction
     * (a {@code Provider.get()} that closes a cycle) and fails instead of recursing forever.
     * Used by generated code. Constant time, and no key string to resolve: this runs once per
     * singleton at start-up, mostly in the interpreter, and dependency chains can be hundreds deep.
     */
    protected final void beginSingleton(int index) {
        if (creating[index]) {
            int from = depth - 1;
            while (chain[from] != index) {
                from--;
            }
            List<String> cycle = new ArrayList<>();
            for (int i = from; i < depth; i++) {
                cycle.add(singletonKey(chain[i]));
            }
            cycle.add(singletonKey(index));
            throw new IllegalStateException(singletonKey(index) + " was requested while it was being created: a"
                    + " Provider.get() called during construction leads back to it (" + String.join(" -> ", cycle)
                    + "). Call get() later, after construction, or break the cycle.");
        }
        creating[index] = true;
        if (depth == chain.length) {
            chain = Arrays.copyOf(chain, depth * 2);
        }
        chain[depth++] = index;
    }

    /** Marks the end of creating singleton number {@code index}, whether it succeeded or not. Used by generated code. */
    protected final void endSingleton(int index) {
        creating[index] = false;
        depth--;
    }

    /** The key of singleton number {@code index}, for messages. Generated. */
    protected abstract String singletonKey(int index);

    /** The singletons with {@code @OnStart}/{@code @OnStop} methods, dependencies first. */
    public abstract List<LifecycleHook> lifecycleHooks();

    /** The lookup name of an unqualified raw type. */
    static String keyOf(Class<?> type) {
        return type.getName();
    }

    /** The lookup name of a type qualified with {@code @Named(name)}. */
    static String keyOf(Class<?> type, String name) {
        return type.getName() + "@Named:" + name;
    }

    /** The lookup name of a type qualified with a marker qualifier. */
    static String keyOf(Class<?> type, Class<? extends Annotation> qualifier) {
        return type.getName() + "@" + qualifier.getName();
    }

    @Override
    public final <T> T get(Class<T> type) {
        return require(type, keyOf(type), type.getName());
    }

    @Override
    public final <T> T get(Class<T> type, String name) {
        return require(type, keyOf(type, name), "@Named(\"" + name + "\") " + type.getName());
    }

    @Override
    public final <T> T get(Class<T> type, Class<? extends Annotation> qualifier) {
        return require(type, keyOf(type, qualifier), "@" + qualifier.getName() + " " + type.getName());
    }

    @Override
    public final <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(cast(type, lookup(keyOf(type))));
    }

    private <T> T require(Class<T> type, String key, String shown) {
        T instance = cast(type, lookup(key));
        if (instance == null) {
            throw new NoSuchElementException("No binding for " + shown + " in " + rootModule.getName()
                    + ": it must be provided by " + rootModule.getSimpleName()
                    + " or exported by a module it imports");
        }
        return instance;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Class<T> type, Object instance) {
        // primitive Class objects have boxed bindings; the generated lookup guarantees the type
        return type.isPrimitive() ? (T) instance : type.cast(instance);
    }

    /**
     * Runs the {@code @OnStart} hooks in dependency order. If one fails, the hooks already started
     * are stopped in reverse order and the failure is rethrown. Used by {@code Aerie.create}.
     */
    public final synchronized void start() {
        if (starting || closed) {
            throw new IllegalStateException(rootModule.getName() + " container was already started");
        }
        starting = true;
        for (LifecycleHook hook : lifecycleHooks()) {
            try {
                hook.start().run();
            } catch (RuntimeException | Error e) {
                try {
                    close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            started.add(hook);
        }
    }

    /** Runs the {@code @OnStop} hooks of started singletons, in reverse start order. Idempotent. */
    @Override
    public final synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).stop().run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        started.clear();
        if (first != null) {
            throw first;
        }
    }
}
