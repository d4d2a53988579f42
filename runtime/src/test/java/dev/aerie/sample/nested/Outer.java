package dev.aerie.sample.nested;

import dev.aerie.api.Injectable;
import dev.aerie.api.Module;
import jakarta.inject.Named;
import dev.aerie.api.Provides;

/** A root module nested in another class, and qualifiers written in different ways. */
public final class Outer {
    private Outer() {}

    @Injectable
    public static final class Service {
        final String a;
        final String b;

        Service(@Named(value = "greeting") String a, @Named("greeting") String b) {
            this.a = a;
            this.b = b;
        }

        public String both() {
            return a + " " + b;
        }
    }

    @Module(providers = Service.class)
    public static final class App {
        @Provides
        @Named("greeting")
        static String greeting() {
            return "hi";
        }
    }
}
