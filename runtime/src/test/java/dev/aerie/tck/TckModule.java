package dev.aerie.tck;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import jakarta.inject.Named;
import org.atinject.tck.auto.Car;
import org.atinject.tck.auto.Convertible;
import org.atinject.tck.auto.Drivers;
import org.atinject.tck.auto.DriversSeat;
import org.atinject.tck.auto.Engine;
import org.atinject.tck.auto.FuelTank;
import org.atinject.tck.auto.Seat;
import org.atinject.tck.auto.Seatbelt;
import org.atinject.tck.auto.Tire;
import org.atinject.tck.auto.V8Engine;
import org.atinject.tck.auto.accessories.Cupholder;
import org.atinject.tck.auto.accessories.SpareTire;

/**
 * The Jakarta Inject TCK's car, wired by Aerie from class files: plain JSR-330 classes listed as
 * providers (transient unless {@code @Singleton}), interfaces and qualified keys bound with
 * transient {@code @Provides} methods so that they keep the scope of what they delegate to.
 */
@Module(providers = {Convertible.class, Seat.class, DriversSeat.class, Tire.class, SpareTire.class,
        V8Engine.class, Cupholder.class, FuelTank.class, Seatbelt.class})
public final class TckModule {
    @Provides(scope = Scope.TRANSIENT)
    static Car car(Convertible convertible) {
        return convertible;
    }

    @Provides(scope = Scope.TRANSIENT)
    @Drivers
    static Seat driversSeat(DriversSeat seat) {
        return seat;
    }

    @Provides(scope = Scope.TRANSIENT)
    @Named("spare")
    static Tire spareTire(SpareTire tire) {
        return tire;
    }

    @Provides(scope = Scope.TRANSIENT)
    static Engine engine(V8Engine engine) {
        return engine;
    }
}
