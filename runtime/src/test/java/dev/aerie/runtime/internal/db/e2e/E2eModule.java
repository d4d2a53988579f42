package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.Module;

/** An application whose controller uses the request-bound Session; served over real HTTP in RequestUnitOfWorkHttpTest. */
@Module(controllers = {WritersController.class, SessionParameterController.class}, providers = {Switch.class, FailAfter.class, WriterMeters.class})
public final class E2eModule {}
