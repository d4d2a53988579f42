package dev.aerie.processor.model;

/** Where a binding came from. */
public enum BindingKind {
    /** A class listed in a module's {@code providers}. */
    PROVIDER,
    /** A class listed in a module's {@code controllers}. */
    CONTROLLER,
    /** A {@code @Provides} method of a module class. */
    PROVIDES,
    /** Contributed by a processor extension (HTTP routes, ORM provider, ...). */
    EXTENSION
}
