package dev.aerie.conduit;

import dev.aerie.Aerie;
import dev.aerie.api.Module;
import dev.aerie.conduit.articles.ArticlesModule;
import dev.aerie.conduit.comments.CommentsModule;
import dev.aerie.conduit.profiles.ProfilesModule;
import dev.aerie.conduit.tags.TagsModule;
import dev.aerie.conduit.users.UsersModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RealWorld "Conduit" backend: users and authentication, profiles with follows, articles
 * with tags and favorites, comments. Every route is under {@code /api}; {@link ConduitErrors}
 * (through {@link ErrorsModule}, which every feature module imports) gives every error RealWorld's shape.
 */
@Module(imports = {ErrorsModule.class, UsersModule.class, ProfilesModule.class, TagsModule.class, ArticlesModule.class,
        CommentsModule.class})
public final class ConduitModule {
    /**
     * Serves on {@code server.port} (8080); the environment variable {@code PORT}, which hosting
     * platforms set, overrides it, and a {@code --server.port=...} argument overrides both.
     */
    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>();
        Optional.ofNullable(System.getenv("PORT")).filter(port -> !port.isBlank()).ifPresent(port -> arguments.add("--server.port=" + port.strip()));
        arguments.addAll(List.of(args));
        Aerie.run(ConduitModule.class, arguments.toArray(String[]::new));
    }
}
