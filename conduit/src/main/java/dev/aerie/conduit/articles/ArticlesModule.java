package dev.aerie.conduit.articles;

import dev.aerie.api.Module;
import dev.aerie.conduit.ErrorsModule;
import dev.aerie.conduit.profiles.ProfilesModule;
import dev.aerie.conduit.tags.TagsModule;
import dev.aerie.conduit.users.UsersModule;
import dev.aerie.security.SecurityModule;

/** Articles, the feed and favorites. */
@Module(imports = {ErrorsModule.class, SecurityModule.class, UsersModule.class, ProfilesModule.class, TagsModule.class},
        controllers = ArticlesController.class, providers = ArticlesService.class, exports = ArticlesService.class)
public final class ArticlesModule {}
