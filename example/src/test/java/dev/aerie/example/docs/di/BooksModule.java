package dev.aerie.example.docs.di;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;

// snippet:module
@Module(providers = {BooksService.class, SystemClock.class}, exports = BooksService.class)
public final class BooksModule {
    @Provides static Clock clock(SystemClock clock) { return clock; }   // Clock is an interface: bind it
}
// end::module
