package shop.catalog;

import javax.annotation.processing.Generated;

/**
 * Creates {@link Stock} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Stock_Factory {
    private Stock_Factory() {
    }

    /**
     * Creates a {@link Stock}: calls its constructor, then injects its fields and methods,
     * supertypes first and fields before methods (JSR-330 order).
     */
    public static Object create() {
        Stock instance = new Stock();
        return instance;
    }
}
