package dev.aerie.conduit;

import dev.aerie.Aerie;
import dev.aerie.api.Module;
import dev.aerie.conduit.articles.ArticlesModule;
import dev.aerie.conduit.comments.CommentsModule;
import dev.aerie.conduit.profiles.ProfilesModule;
import dev.aerie.conduit.tags.TagsModule;
import dev.aerie.conduit.users.UsersModule;

/**
 * The RealWorld "Conduit" backend: users and authentication, profiles with follows, articles
 * with tags and favorites, comments. Every route is under {@code /api}; {@link ConduitErrors}
 * (through {@link ErrorsModule}, which every feature module imports) gives every error RealWorld's shape.
 */
@Module(imports = {ErrorsModule.class, UsersModule.class, ProfilesModule.class, TagsModule.class, ArticlesModule.class,
        CommentsModule.class})
public final class ConduitModule {
    public static void main(String[] args) {
        Aerie.run(ConduitModule.class, args);
    }
}
