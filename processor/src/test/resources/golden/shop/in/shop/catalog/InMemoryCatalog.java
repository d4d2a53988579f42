package shop.catalog;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

/** Package-private: generated code outside this package handles it as Object. */
final class InMemoryCatalog implements Catalog {
    private final Clock clock;
    private final Provider<Stock> stock;
    Stock first;

    @Inject
    InMemoryCatalog(Clock clock, Provider<Stock> stock) {
        this.clock = clock;
        this.stock = stock;
    }

    @Inject
    void first(Stock first) {
        this.first = first;
    }

    @Override
    public String title(long id) {
        return "book " + id + " at " + clock + " " + stock.get();
    }
}
