package dev.aerie.sample;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.sample.clock.ClockModule;
import java.util.List;

@Module(imports = ClockModule.class,
        providers = {Events.class, Database.class, Cache.class, Greeter.class, RequestCounter.class, Ticket.class, ClockHolder.class})
public final class AppModule {
    @Provides
    static List<String> names() {
        return List.of("a", "b");
    }

    @Provides
    static List<Integer> numbers() {
        return List.of(1, 2);
    }
}
