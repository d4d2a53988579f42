package dev.aerie.example.docs.di;

import dev.aerie.api.Injectable;

// snippet:service
@Injectable
public final class BooksService {
    private final Clock clock;
    BooksService(Clock clock) { this.clock = clock; }   // the only constructor: no @Inject needed

    public Clock clock() { return clock; }
}
// end::service
