package shop.catalog;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;

@Module(providers = {InMemoryCatalog.class, Clock.class, Stock.class}, exports = {Catalog.class, Clock.class})
public final class CatalogModule {
    @Provides
    static Catalog catalog(InMemoryCatalog catalog) {
        return catalog;
    }
}
