package dev.aerie.test.hidden;

import dev.aerie.api.Module;

/** Provides FeatureService and exports nothing. */
@Module(providers = FeatureService.class)
public final class FeatureModule {}
