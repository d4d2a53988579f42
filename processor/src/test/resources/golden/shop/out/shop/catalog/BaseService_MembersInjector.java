package shop.catalog;

import javax.annotation.processing.Generated;

/**
 * Injects the members of {@link BaseService} into subclasses in other packages.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class BaseService_MembersInjector {
    private BaseService_MembersInjector() {
    }

    /**
     * Sets {@link BaseService#clock}.
     */
    public static void injectClock(BaseService instance, Clock clock) {
        instance.clock = clock;
    }

    /**
     * Calls {@link BaseService#init}.
     */
    public static void injectInit(BaseService instance, Clock clock) {
        instance.init(clock);
    }

    /**
     * Calls {@link BaseService#start}.
     */
    public static void invokeStart(BaseService instance) {
        instance.start();
    }
}
