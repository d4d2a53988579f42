package shop;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import jakarta.inject.Named;
import java.util.List;
import shop.catalog.CatalogModule;

/** Public with public @Provides methods: the container calls it directly, no wiring class. */
@Module(imports = CatalogModule.class, providers = {Checkout.class, Cart.class})
public final class AppModule {
    @Provides
    @Named("currency")
    public String currency() {
        return "EUR";
    }

    @Provides(scope = Scope.TRANSIENT)
    public static List<String> tags() {
        return List.of("new");
    }
}
