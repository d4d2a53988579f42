package dev.aerie.example.docs.di;

import java.time.Instant;

/** A plain class (no annotation) bound to Clock by InfraModule. */
public final class UtcClock implements Clock {
    public UtcClock() {}

    @Override
    public Instant now() {
        return Instant.now();
    }
}
