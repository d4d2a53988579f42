package dev.aerie.sample.recursive;

import dev.aerie.api.Injectable;
import dev.aerie.api.Module;
import jakarta.inject.Provider;

/** A cycle through a Provider that the constructor calls at once: valid at compile time, fails clearly at run time. */
@Module(providers = {RecursiveModule.Eager.class, RecursiveModule.Other.class})
public final class RecursiveModule {
    @Injectable
    public static final class Eager {
        final Other other;

        Eager(Provider<Other> other) {
            this.other = other.get();
        }
    }

    @Injectable
    public static final class Other {
        Other(Eager eager) {}
    }
}
