package shop;

import dev.aerie.runtime.ApplicationContainer;
import dev.aerie.runtime.LifecycleHook;
import dev.aerie.runtime.RequestScope;
import java.util.List;
import javax.annotation.processing.Generated;
import shop.catalog.Catalog;
import shop.catalog.CatalogModule_Wiring;
import shop.catalog.Clock;
import shop.catalog.Clock_Factory;
import shop.catalog.InMemoryCatalog_Factory;
import shop.catalog.Stock_Factory;

/**
 * The application container of {@link AppModule}, created by {@code Aerie.create(AppModule.class)}.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class AppModule_Application extends ApplicationContainer {
  private final AppModule appModule = AppModule_Wiring.newModule();

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
    super(AppModule.class);
  }

  /**
   * {@literal @}jakarta.inject.Named("currency") java.lang.String, singleton, provided by AppModule.currency() in module AppModule.
   */
  private String currencyString() {
    String instance = currencyString;
    if (instance == null) {
      synchronized (lock) {
        instance = currencyString;
        if (instance == null) {
          beginSingleton("@jakarta.inject.Named(\"currency\") java.lang.String");
          try {
            instance = AppModule_Wiring.currency(appModule);
            currencyString = instance;
          } finally {
            endSingleton("@jakarta.inject.Named(\"currency\") java.lang.String");
          }
        }
      }
    }
    return instance;
  }

  /**
   * java.util.List<java.lang.String>, transient, provided by AppModule.tags() in module AppModule.
   */
  private List<String> listOfString() {
    return AppModule_Wiring.tags();
  }

  /**
   * shop.Cart, request, provided by Cart in module AppModule.
   */
  private Cart cart() {
    return RequestScope.require("request-scoped shop.Cart").instance("shop.Cart", () -> Cart_Factory.create());
  }

  /**
   * shop.Checkout, singleton, provided by Checkout in module AppModule.
   */
  private Checkout checkout() {
    Checkout instance = checkout;
    if (instance == null) {
      synchronized (lock) {
        instance = checkout;
        if (instance == null) {
          beginSingleton("shop.Checkout");
          try {
            instance = Checkout_Factory.create(catalog(), listOfString(), clock(), clock(), currencyString(), this::cart);
            checkout = instance;
          } finally {
            endSingleton("shop.Checkout");
          }
        }
      }
    }
    return instance;
  }

  /**
   * shop.catalog.Catalog, singleton, provided by CatalogModule.catalog() in module CatalogModule.
   */
  private Catalog catalog() {
    Catalog instance = catalog;
    if (instance == null) {
      synchronized (lock) {
        instance = catalog;
        if (instance == null) {
          beginSingleton("shop.catalog.Catalog");
          try {
            instance = CatalogModule_Wiring.catalog(inMemoryCatalog());
            catalog = instance;
          } finally {
            endSingleton("shop.catalog.Catalog");
          }
        }
      }
    }
    return instance;
  }

  /**
   * shop.catalog.Clock, singleton, provided by Clock in module CatalogModule.
   */
  private Clock clock() {
    Clock instance = clock;
    if (instance == null) {
      synchronized (lock) {
        instance = clock;
        if (instance == null) {
          beginSingleton("shop.catalog.Clock");
          try {
            instance = Clock_Factory.create();
            clock = instance;
          } finally {
            endSingleton("shop.catalog.Clock");
          }
        }
      }
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
  public List<LifecycleHook> lifecycleHooks() {
    return List.of(
            new LifecycleHook("shop.Checkout", () -> Checkout_Factory.start(checkout()), () -> Checkout_Factory.stop(checkout())));
  }
}
