package shop;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStop;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.util.List;
import shop.catalog.BaseService;
import shop.catalog.Catalog;

@Injectable
public final class Checkout extends BaseService {
    private final Catalog catalog;
    @Inject @Named("currency") String currency;
    Provider<Cart> carts;

    @Inject
    Checkout(Catalog catalog, List<String> tags) {
        this.catalog = catalog;
    }

    @Inject
    void carts(Provider<Cart> carts) {
        this.carts = carts;
    }

    @OnStop
    void shutdown() {}
}
