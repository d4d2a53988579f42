package shop.catalog;

import dev.aerie.api.OnStart;
import jakarta.inject.Inject;

/** Package-private members that subclasses in other packages get injected through BaseService_MembersInjector. */
public abstract class BaseService {
    @Inject Clock clock;
    boolean started;

    @Inject
    void init(Clock clock) {}

    @OnStart
    void start() {
        started = true;
    }
}
