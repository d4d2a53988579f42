package dev.aerie.example.docs.di;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import jakarta.inject.Named;
import java.net.http.HttpClient;
import java.time.Duration;

@SuppressWarnings("UnreachableModule") // a docs sample, compiled next to this package's AppModule
// snippet:infra
@Module(providers = UtcClock.class, exports = {Clock.class, HttpClient.class})
public final class InfraModule {
    @Provides static Clock clock(UtcClock clock) { return clock; }        // interface binding

    @Provides @Named("main")
    HttpClient httpClient(@Named("timeout") Duration timeout) {           // instance method, qualified
        return HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Provides @Named("timeout") static Duration timeout() { return Duration.ofSeconds(5); }
}
// end::infra
