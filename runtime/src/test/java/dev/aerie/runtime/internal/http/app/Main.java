package dev.aerie.runtime.internal.http.app;

import dev.aerie.Aerie;

/** The test application's main class, started in its own JVM by {@code ShutdownTest}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Aerie.run(HttpAppModule.class, args);
    }
}
