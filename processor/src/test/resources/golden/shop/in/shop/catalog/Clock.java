package shop.catalog;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** A plain JSR-330 class: singleton because it says so. */
@Singleton
public class Clock {
    @Inject
    public Clock() {}
}
