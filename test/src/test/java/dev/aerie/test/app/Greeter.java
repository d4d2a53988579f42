package dev.aerie.test.app;

/** What the override test replaces. */
public interface Greeter {
    String greet(String name);
}
