package shop.catalog;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;

/** A package-private @Provides method: reached through the generated CatalogModule_Wiring. */
@Module(providers = {InMemoryCatalog.class, Clock.class, Stock.class}, exports = {Catalog.class, Clock.class})
public final class CatalogModule {
    @Provides
    static Catalog catalog(InMemoryCatalog catalog) {
        return catalog;
    }
}
