package shop.catalog;

import javax.annotation.processing.Generated;

/**
 * Calls the @Provides methods of {@link CatalogModule} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class CatalogModule_Wiring {
    private CatalogModule_Wiring() {
    }

    /**
     * Calls {@link CatalogModule#catalog}.
     */
    public static Catalog catalog(Object catalog) {
        return CatalogModule.catalog((InMemoryCatalog) catalog);
    }
}
