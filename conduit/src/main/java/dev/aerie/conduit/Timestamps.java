package dev.aerie.conduit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * RealWorld's timestamps: instants to the millisecond, which Aerie writes as ISO-8601 in UTC with
 * three digits of milliseconds ({@code 2016-02-18T03:22:56.637Z}).
 */
public final class Timestamps {
    private Timestamps() {}

    /** Now, to the millisecond (what the API shows, and what every database keeps exactly). */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
