package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.Injectable;
import dev.aerie.api.health.HealthCheck;

/** A readiness check of the application's own: the test turns it DOWN and UP. */
@Injectable
public final class Switch implements HealthCheck {
    public volatile Status status = Status.UP;

    @Override
    public String name() {
        return "switch";
    }

    @Override
    public Status check() {
        return status;
    }
}
