package dev.aerie.processor.model;

/**
 * How the container makes an instance of a binding. Generated helpers ({@link StaticCall}) are
 * only needed where the container cannot reach the code itself: a class or constructor that is
 * not public, injected members, lifecycle methods, or {@code @Provides} methods of a module that
 * is not entirely public. Everything else the container does in place, which keeps the number of
 * generated classes (and so compile and start-up time) down.
 */
public sealed interface Creation permits StaticCall, NewInstance, ModuleMethod {}
