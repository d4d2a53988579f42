package dev.aerie.conduit.users;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Put;
import dev.aerie.api.http.Status;
import dev.aerie.conduit.users.UserRequests.LoginEnvelope;
import dev.aerie.conduit.users.UserRequests.RegistrationEnvelope;
import dev.aerie.conduit.users.UserRequests.UserUpdateEnvelope;
import dev.aerie.security.Authenticated;
import dev.aerie.security.VerifiedToken;
import jakarta.validation.Valid;

/** {@code /api/users} (registration, login) and {@code /api/user} (the caller). */
@Controller("/api")
public final class UsersController {
    private final UsersService users;

    UsersController(UsersService users) {
        this.users = users;
    }

    @Post("/users")
    @Status(201)
    public UserView.Envelope register(@Valid RegistrationEnvelope in) {
        return new UserView.Envelope(users.register(in.user()));
    }

    @Post("/users/login")
    public UserView.Envelope login(@Valid LoginEnvelope in) {
        return new UserView.Envelope(users.login(in.user()));
    }

    @Get("/user")
    @Guarded(Authenticated.class)
    public UserView.Envelope current(Viewer viewer, VerifiedToken token) {
        return new UserView.Envelope(users.current(viewer, token.token()));
    }

    @Put("/user")
    @Guarded(Authenticated.class)
    public UserView.Envelope update(@Valid UserUpdateEnvelope in, Viewer viewer, VerifiedToken token) {
        return new UserView.Envelope(users.update(viewer, in.user(), token.token()));
    }
}
