package dev.aerie.conduit.profiles;

import dev.aerie.api.Module;
import dev.aerie.conduit.ErrorsModule;
import dev.aerie.conduit.users.UsersModule;
import dev.aerie.security.SecurityModule;

/** Profiles and who follows whom. */
@Module(imports = {ErrorsModule.class, SecurityModule.class, UsersModule.class}, controllers = ProfilesController.class,
        providers = ProfilesService.class, exports = ProfilesService.class)
public final class ProfilesModule {}
