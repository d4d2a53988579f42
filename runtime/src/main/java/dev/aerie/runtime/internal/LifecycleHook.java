package dev.aerie.runtime.internal;

/**
 * The {@code @OnStart} and {@code @OnStop} methods of one singleton, bound to the container that
 * owns it. Used by generated code; {@link ApplicationContainer#lifecycleHooks()} lists them in
 * start order.
 *
 * @param name what the hook belongs to (the binding's key), for messages
 * @param start runs the {@code @OnStart} methods (creating the singleton first)
 * @param stop runs the {@code @OnStop} methods
 * For generated code; not an API.
 */
public record LifecycleHook(String name, Runnable start, Runnable stop) {

    /** A hook with only start methods. Used by generated code. */
    public static LifecycleHook onStart(String name, Runnable start) {
        return new LifecycleHook(name, start, () -> {});
    }

    /** A hook with only stop methods; {@code create} makes the singleton exist at start. Used by generated code. */
    public static LifecycleHook onStop(String name, Runnable create, Runnable stop) {
        return new LifecycleHook(name, create, stop);
    }
}
