package shop.catalog;

import jakarta.inject.Inject;

/** Package-private: generated code outside this package handles it as Object. */
final class InMemoryCatalog implements Catalog {
    private final Clock clock;

    @Inject
    InMemoryCatalog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String title(long id) {
        return "book " + id + " at " + clock;
    }
}
