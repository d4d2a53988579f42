package dev.aerie.api;

/** How long an injected instance lives. */
public enum Scope {
    /** One instance per application container. */
    SINGLETON,
    /** One instance per HTTP request (or per {@code withRequestScope} block). */
    REQUEST,
    /** A new instance at every injection point. */
    TRANSIENT
}
