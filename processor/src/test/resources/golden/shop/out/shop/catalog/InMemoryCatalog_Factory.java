package shop.catalog;

import jakarta.inject.Provider;
import javax.annotation.processing.Generated;

/**
 * Creates {@link InMemoryCatalog} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class InMemoryCatalog_Factory {
    private InMemoryCatalog_Factory() {
    }

    /**
     * Creates a {@link InMemoryCatalog}: calls its constructor, then injects its fields and methods,
     * supertypes first and fields before methods (JSR-330 order).
     */
    @SuppressWarnings("unchecked")
    public static Object create(Clock clock, Provider<?> stock, Object first) {
        InMemoryCatalog instance = new InMemoryCatalog(clock, (Provider<Stock>) stock);
        instance.first((Stock) first);
        return instance;
    }
}
