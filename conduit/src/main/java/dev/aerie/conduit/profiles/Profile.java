package dev.aerie.conduit.profiles;

import org.jspecify.annotations.Nullable;

/** RealWorld's profile, and its envelope {@code {"profile": ...}}. */
public record Profile(String username, @Nullable String bio, @Nullable String image, boolean following) {
    public record Envelope(Profile profile) {}
}
