package dev.aerie.conduit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * RealWorld's timestamps: ISO-8601 instants in UTC with milliseconds, always three digits
 * ({@code 2016-02-18T03:22:56.000Z}, where {@link Instant#toString()} would leave them out).
 */
public final class Timestamps {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** Now, to the millisecond (what the API shows and every database keeps). */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static String format(Instant instant) {
        return ISO_MILLIS.format(instant);
    }
}
