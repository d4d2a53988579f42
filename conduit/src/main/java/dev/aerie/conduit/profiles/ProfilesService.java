package dev.aerie.conduit.profiles;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.conduit.users.User;
import dev.aerie.conduit.users.UsersService;
import dev.aerie.conduit.users.Viewer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Profiles and follows. */
@Injectable
public final class ProfilesService {
    private final Session db;
    private final UsersService users;

    ProfilesService(Session db, UsersService users) {
        this.db = db;
        this.users = users;
    }

    public Profile profile(String username, Optional<Viewer> viewer) {
        User user = user(username);
        boolean following = viewer.isPresent() && db.find(Follow.class, Follow_.key(viewer.get().id(), user.id())).isPresent();
        return of(user, following);
    }

    /** Following twice is the same as once. */
    public Profile follow(String username, Viewer viewer) {
        User user = user(username);
        db.insertIgnoringDuplicate(new Follow(viewer.id(), user.id()));
        return of(user, true);
    }

    public Profile unfollow(String username, Viewer viewer) {
        User user = user(username);
        db.deleteById(Follow.class, Follow_.key(viewer.id(), user.id()));
        return of(user, false);
    }

    /**
     * The profiles of these users as {@code viewer} sees them, by user id: two statements (the
     * users, whom of them the viewer follows) whatever their number, one without a viewer.
     */
    public Map<Long, Profile> profiles(Collection<Long> userIds, Optional<Viewer> viewer) {
        Map<Long, User> byId = users.byIds(userIds);
        Set<Long> followed = viewer.isEmpty() || byId.isEmpty() ? Set.of()
                : db.query(Follow.class)
                        .where(Follow_.followerId.eq(viewer.get().id()).and(Follow_.followeeId.in(byId.keySet())))
                        .listGroupedBy(Follow_.followeeId).keySet();
        Map<Long, Profile> profiles = new HashMap<>();
        byId.forEach((id, user) -> profiles.put(id, of(user, followed.contains(id))));
        return profiles;
    }

    private User user(String username) {
        return users.byUsername(username).orElseThrow(() -> new NotFoundException("there is no user " + username));
    }

    static Profile of(User user, boolean following) {
        return new Profile(user.username(), user.bio(), user.image(), following);
    }
}
