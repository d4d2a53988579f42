package dev.aerie.example.docs.operations;

import dev.aerie.api.Injectable;
import dev.aerie.api.health.HealthCheck;

// snippet:health-check
/** A readiness check of the application's own: /health/ready lists it as "search-index". */
@Injectable
public final class SearchIndexCheck implements HealthCheck {
    private final SearchIndex index;

    SearchIndexCheck(SearchIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public Status check() { // UP, BUSY or DOWN; answer fast
        return index.reachable() ? Status.UP : Status.DOWN;
    }
}
// end::health-check
