package dev.aerie.example.docs.di;

import dev.aerie.api.Injectable;
import java.time.Instant;

/** The system's time. */
@Injectable
public final class SystemClock implements Clock {
    @Override
    public Instant now() {
        return Instant.now();
    }
}
