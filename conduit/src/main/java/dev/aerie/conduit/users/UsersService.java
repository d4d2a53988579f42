package dev.aerie.conduit.users;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Condition;
import dev.aerie.api.db.Session;
import dev.aerie.api.http.UnauthorizedException;
import dev.aerie.conduit.Unprocessable;
import dev.aerie.conduit.users.UserRequests.Login;
import dev.aerie.conduit.users.UserRequests.Registration;
import dev.aerie.conduit.users.UserRequests.UserUpdate;
import dev.aerie.security.PasswordHasher;
import dev.aerie.security.TokenService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Registration, login and the users' own data. {@code db} is the request's session. */
@Injectable
public final class UsersService {
    static final String TAKEN = "has already been taken";

    private final Session db;
    private final PasswordHasher passwords;
    private final TokenService tokens;

    UsersService(Session db, PasswordHasher passwords, TokenService tokens) {
        this.db = db;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /**
     * A new user, with a token. A taken username or email is a 422; when two requests register
     * the same name at once, the unique constraint refuses the second insert, which is a 422 too.
     */
    public UserView register(Registration in) {
        requireFree(User_.username.eq(in.username()), "username");
        requireFree(User_.email.eq(in.email()), "email");
        User user = db.insertIgnoringDuplicate(new User(null, in.username(), in.email(), passwords.hash(in.password()), null, null))
                .orElseThrow(() -> taken(in.username(), in.email()));
        return view(user, issue(user));
    }

    /** The user with these credentials, with a new token; anything else is one 422 that says which. */
    public UserView login(Login in) {
        Optional<User> user = db.query(User.class).where(User_.email.eq(in.email())).first();
        if (!passwords.verify(in.password(), user.map(User::passwordHash))) {
            throw new Unprocessable("email or password", "is invalid");
        }
        return view(user.get(), issue(user.get()));
    }

    /** The caller, with the token the request came with. */
    public UserView current(Viewer viewer, String token) {
        return view(byId(viewer.id()), token);
    }

    public UserView update(Viewer viewer, UserUpdate in, String token) {
        User old = byId(viewer.id());
        if (in.username() != null && !in.username().equals(old.username())) {
            requireFree(User_.username.eq(in.username()), "username");
        }
        if (in.email() != null && !in.email().equals(old.email())) {
            requireFree(User_.email.eq(in.email()), "email");
        }
        User changed = db.update(new User(old.id(),
                in.username() == null ? old.username() : in.username(),
                in.email() == null ? old.email() : in.email(),
                in.password() == null ? old.passwordHash() : passwords.hash(in.password()),
                in.bio() == null ? old.bio() : in.bio(),
                in.image() == null ? old.image() : in.image()));
        return view(changed, token);
    }

    /** The user of a verified token; a token of a user who no longer exists is a 401. */
    public User byId(long id) {
        return db.find(User.class, id).orElseThrow(() -> new UnauthorizedException("the user of this token no longer exists")
                .header("WWW-Authenticate", "Token"));
    }

    public Optional<User> byUsername(String username) {
        return db.query(User.class).where(User_.username.eq(username)).first();
    }

    /** The users of these ids, by id: one statement. */
    public Map<Long, User> byIds(Collection<Long> ids) {
        Map<Long, List<User>> grouped = db.query(User.class).where(User_.id.in(ids)).listGroupedBy(User_.id);
        return grouped.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
    }

    private void requireFree(Condition<User> condition, String field) {
        if (db.query(User.class).where(condition).count() > 0) {
            throw new Unprocessable(field, TAKEN);
        }
    }

    /** After a refused insert: which of the two was taken in the meantime. */
    private Unprocessable taken(String username, String email) {
        return byUsername(username).isPresent() ? new Unprocessable("username", TAKEN) : new Unprocessable("email", TAKEN);
    }

    private String issue(User user) {
        return tokens.issue(String.valueOf(user.id()));
    }

    private static UserView view(User user, String token) {
        return new UserView(user.email(), token, user.username(), user.bio(), user.image());
    }
}
