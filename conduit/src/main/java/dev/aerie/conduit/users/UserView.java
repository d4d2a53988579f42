package dev.aerie.conduit.users;

import org.jspecify.annotations.Nullable;

/** RealWorld's user for authentication, and its envelope {@code {"user": ...}}. */
public record UserView(String email, String token, String username, @Nullable String bio, @Nullable String image) {
    public record Envelope(UserView user) {}
}
