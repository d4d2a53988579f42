package dev.aerie.runtime;

/** Compile-only stand-in for the runtime's record. */
public record LifecycleHook(String name, Runnable start, Runnable stop) {}
