package dev.aerie.test.hidden;

import dev.aerie.api.Module;

/** A root that imports a module which keeps its service to itself (NotExportedTest). */
@Module(imports = FeatureModule.class, controllers = PingController.class)
public final class HiddenRoot {}
