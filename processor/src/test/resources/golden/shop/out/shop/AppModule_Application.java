package shop;

import dev.aerie.api.Container;
import dev.aerie.runtime.internal.ApplicationContainer;
import dev.aerie.runtime.internal.LifecycleHook;
import dev.aerie.runtime.internal.RequestScope;
import java.util.List;
import javax.annotation.processing.Generated;
import shop.catalog.Catalog;
import shop.catalog.CatalogModule_Wiring;
import shop.catalog.Clock;
import shop.catalog.InMemoryCatalog_Factory;
import shop.catalog.Stock_Factory;

/**
 * The application container of {@link AppModule}, created by {@code Aerie.create(AppModule.class)}.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class AppModule_Application extends ApplicationContainer {
    private final AppModule appModule = new AppModule();

    /**
     * Guards the creation of singletons.
     */
    private final Object lock = new Object();

    private volatile String currencyString;

    private volatile Checkout checkout;

    private volatile Catalog catalog;

    private volatile Clock clock;

    /**
     * Used by {@code Aerie.create} through {@code java.util.ServiceLoader}.
     */
    public AppModule_Application() {
        super(AppModule.class, 0);
    }

    /**
     * Creates and starts this container without looking it up: what {@code Aerie.create(AppModule.class)}
     * does once ServiceLoader has found this class.
     */
    public static Container create() {
        AppModule_Application container = new AppModule_Application();
        container.start();
        return container;
    }

    /**
     * {@link #currencyStringLocked()}, taking {@code lock} if it does not exist yet.
     */
    private String currencyString() {
        String instance = currencyString;
        if (instance == null) {
            synchronized (lock) {
                instance = currencyStringLocked();
            }
        }
        return instance;
    }

    /**
     * {@literal @}jakarta.inject.Named("currency") java.lang.String, singleton, provided by AppModule.currency() in module AppModule.
     * Created if it does not exist yet; the caller holds {@code lock}.
     */
    private String currencyStringLocked() {
        String instance = currencyString;
        if (instance == null) {
            instance = appModule.currency();
            currencyString = instance;
        }
        return instance;
    }

    /**
     * java.util.List<java.lang.String>, transient, provided by AppModule.tags() in module AppModule.
     */
    private List<String> listOfString() {
        return AppModule.tags();
    }

    /**
     * shop.Cart, request, provided by Cart in module AppModule.
     */
    private Cart cart() {
        return RequestScope.require("request-scoped shop.Cart").instance("shop.Cart", () -> new Cart());
    }

    /**
     * {@link #checkoutLocked()}, taking {@code lock} if it does not exist yet.
     */
    private Checkout checkout() {
        Checkout instance = checkout;
        if (instance == null) {
            synchronized (lock) {
                instance = checkoutLocked();
            }
        }
        return instance;
    }

    /**
     * shop.Checkout, singleton, provided by Checkout in module AppModule.
     * Created if it does not exist yet; the caller holds {@code lock}.
     */
    private Checkout checkoutLocked() {
        Checkout instance = checkout;
        if (instance == null) {
            instance = Checkout_Factory.create(catalogLocked(), listOfString(), clockLocked(), clockLocked(), currencyStringLocked(), this::cart);
            checkout = instance;
        }
        return instance;
    }

    /**
     * {@link #catalogLocked()}, taking {@code lock} if it does not exist yet.
     */
    private Catalog catalog() {
        Catalog instance = catalog;
        if (instance == null) {
            synchronized (lock) {
                instance = catalogLocked();
            }
        }
        return instance;
    }

    /**
     * shop.catalog.Catalog, singleton, provided by CatalogModule.catalog() in module CatalogModule.
     * Created if it does not exist yet; the caller holds {@code lock}.
     */
    private Catalog catalogLocked() {
        Catalog instance = catalog;
        if (instance == null) {
            instance = CatalogModule_Wiring.catalog(inMemoryCatalog());
            catalog = instance;
        }
        return instance;
    }

    /**
     * {@link #clockLocked()}, taking {@code lock} if it does not exist yet.
     */
    private Clock clock() {
        Clock instance = clock;
        if (instance == null) {
            synchronized (lock) {
                instance = clockLocked();
            }
        }
        return instance;
    }

    /**
     * shop.catalog.Clock, singleton, provided by Clock in module CatalogModule.
     * Created if it does not exist yet; the caller holds {@code lock}.
     */
    private Clock clockLocked() {
        Clock instance = clock;
        if (instance == null) {
            instance = new Clock();
            clock = instance;
        }
        return instance;
    }

    /**
     * shop.catalog.InMemoryCatalog, transient, provided by InMemoryCatalog in module CatalogModule.
     */
    private Object inMemoryCatalog() {
        return InMemoryCatalog_Factory.create(clock(), this::stock, stock());
    }

    /**
     * shop.catalog.Stock, transient, provided by Stock in module CatalogModule.
     */
    private Object stock() {
        return Stock_Factory.create();
    }

    @Override
    protected Object lookup(String key) {
        return switch (key) {
            case "java.lang.String@Named:currency" -> currencyString();
            case "shop.Cart" -> cart();
            case "shop.Checkout" -> checkout();
            case "shop.catalog.Catalog" -> catalog();
            case "shop.catalog.Clock" -> clock();
            default -> null;
        };
    }

    @Override
    protected String singletonKey(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public List<LifecycleHook> lifecycleHooks() {
        return List.of(
                        new LifecycleHook("shop.Checkout", () -> Checkout_Factory.start(checkout()), () -> Checkout_Factory.stop(checkout())));
    }
}
