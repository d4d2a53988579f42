package shop;

import jakarta.inject.Provider;
import java.util.List;
import javax.annotation.processing.Generated;
import shop.catalog.BaseService_MembersInjector;
import shop.catalog.Catalog;
import shop.catalog.Clock;

/**
 * Creates {@link Checkout} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Checkout_Factory {
    private Checkout_Factory() {
    }

    /**
     * Creates a {@link Checkout}: calls its constructor, then injects its fields and methods,
     * supertypes first and fields before methods (JSR-330 order).
     */
    public static Checkout create(Catalog catalog, List<String> tags, Clock clock, Clock clock2,
            String currency, Provider<Cart> carts) {
        Checkout instance = new Checkout(catalog, tags);
        BaseService_MembersInjector.injectClock(instance, clock);
        BaseService_MembersInjector.injectInit(instance, clock2);
        instance.currency = currency;
        instance.carts(carts);
        return instance;
    }

    /**
     * Runs the @OnStart methods of {@link Checkout}, supertypes first.
     */
    public static void start(Checkout instance) {
        BaseService_MembersInjector.invokeStart(instance);
    }

    /**
     * Runs the @OnStop methods of {@link Checkout}, supertypes first.
     */
    public static void stop(Checkout instance) {
        instance.shutdown();
    }
}
