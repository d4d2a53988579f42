package dev.aerie.sample.clock;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import jakarta.inject.Named;

/** A module in its own package: binds an interface with a static @Provides, and a package-private one. */
@Module(exports = {Clock.class, String.class})
public final class ClockModule {
    @Provides
    static Clock clock() {
        return () -> 42L;
    }

    @Provides
    @Named("zone")
    String zone() {
        return "UTC";
    }
}
