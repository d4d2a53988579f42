package dev.aerie.conduit.comments;

import dev.aerie.api.Module;
import dev.aerie.conduit.ErrorsModule;
import dev.aerie.conduit.articles.ArticlesModule;
import dev.aerie.conduit.profiles.ProfilesModule;
import dev.aerie.conduit.users.UsersModule;
import dev.aerie.security.SecurityModule;

/** Comments on articles. */
@Module(imports = {ErrorsModule.class, SecurityModule.class, UsersModule.class, ProfilesModule.class, ArticlesModule.class},
        controllers = CommentsController.class, providers = CommentsService.class)
public final class CommentsModule {}
