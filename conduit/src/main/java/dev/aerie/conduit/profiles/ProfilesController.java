package dev.aerie.conduit.profiles;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Delete;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import dev.aerie.conduit.users.Viewer;
import dev.aerie.security.Authenticated;
import java.util.Optional;

/** {@code /api/profiles/{username}}: a profile (login optional), follow and unfollow. */
@Controller("/api/profiles")
public final class ProfilesController {
    private final ProfilesService profiles;

    ProfilesController(ProfilesService profiles) {
        this.profiles = profiles;
    }

    @Get("/{username}")
    public Profile.Envelope profile(String username, Optional<Viewer> viewer) {
        return new Profile.Envelope(profiles.profile(username, viewer));
    }

    @Post("/{username}/follow")
    @Guarded(Authenticated.class)
    public Profile.Envelope follow(String username, Viewer viewer) {
        return new Profile.Envelope(profiles.follow(username, viewer));
    }

    @Delete("/{username}/follow")
    @Guarded(Authenticated.class)
    public Profile.Envelope unfollow(String username, Viewer viewer) {
        return new Profile.Envelope(profiles.unfollow(username, viewer));
    }
}
