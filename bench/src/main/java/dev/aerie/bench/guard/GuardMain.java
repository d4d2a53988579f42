package dev.aerie.bench.guard;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import java.util.List;

/**
 * Starts the Aerie side of the guard benchmark and prints {@code LISTENING <port>}.
 * {@code java dev.aerie.bench.guard.GuardMain PORT JWT_SECRET}.
 */
public final class GuardMain {
    private GuardMain() {}

    public static void main(String[] args) {
        // SecurityModule reads security.jwt.* from the default configuration
        System.setProperty("security.jwt.secret", args[1]);
        AerieConfig config = AerieConfig.load(List.of("--server.port=" + args[0], "--server.host=127.0.0.1"));
        Container container = Aerie.create(GuardModule.class);
        AerieServer server = AerieServer.start(container, config);
        System.out.println("LISTENING " + server.port());
    }
}
