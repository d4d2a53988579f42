package dev.aerie.sample;

import dev.aerie.api.Injectable;
import dev.aerie.sample.clock.Clock;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;

@Injectable
public class Greeter {
    private final Clock clock;
    @Inject @Named("zone") String zone;
    Provider<RequestCounter> counters;

    @Inject
    public Greeter(Clock clock) {
        this.clock = clock;
    }

    @Inject
    void counters(Provider<RequestCounter> counters) {
        this.counters = counters;
    }

    public String greet(String name) {
        return "hello " + name + " at " + clock.now() + " " + zone + " #" + counters.get().next();
    }
}
