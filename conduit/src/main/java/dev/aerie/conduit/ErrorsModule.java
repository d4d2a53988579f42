package dev.aerie.conduit;

import dev.aerie.api.Module;

/**
 * RealWorld's error shape ({@link ConduitErrors}). A {@code @Catches} handler answers the routes
 * of the modules that see it, so every feature module imports this one, and the root does too
 * (for the requests no route matches).
 */
@Module(providers = ConduitErrors.class, exports = ConduitErrors.class)
public final class ErrorsModule {}
