package shop.catalog;

import jakarta.inject.Inject;

/** Package-private and request-free: reached from the container as Object and as Provider<?>. */
final class Stock {
    @Inject
    Stock() {}
}
