package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Module;

/** Shares the trail with every module. */
@Module(providers = Trail.class, exports = Trail.class)
public final class TrailModule {}
