package dev.aerie.bench.http;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import java.util.List;

/**
 * Starts the Aerie side of the HTTP benchmark as {@code Aerie.run} does (container, then
 * {@link AerieServer} with the configuration) and prints {@code LISTENING <port>} for the script.
 * {@code java dev.aerie.bench.http.AerieHttpMain [PORT]}.
 */
public final class AerieHttpMain {
    private AerieHttpMain() {}

    public static void main(String[] args) {
        String port = args.length > 0 ? args[0] : "0";
        AerieConfig config = AerieConfig.load(List.of("--server.port=" + port, "--server.host=127.0.0.1"));
        Container container = Aerie.create(BenchHttpModule.class);
        AerieServer server = AerieServer.start(container, config);
        System.out.println("LISTENING " + server.port());
    }
}
