package dev.aerie.sample.clock;

import jakarta.inject.Inject;

/** A generic superclass in another package with package-private injected members. */
public abstract class Holder<T> {
    @Inject T value;
    int calls;

    @Inject
    void count(T again) {
        calls += again == value ? 1 : 100;
    }

    public T value() {
        return value;
    }

    public int calls() {
        return calls;
    }
}
