package dev.aerie.bench.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;

/**
 * The hand-written baseline of the HTTP benchmark: plain Helidon 4 {@link HttpRouting} handlers
 * doing what the Aerie controller does, with the same jackson-core streaming JSON.
 * {@code java dev.aerie.bench.http.HandHttpServer [PORT]} prints {@code LISTENING <port>}.
 */
public final class HandHttpServer {
    private static final Greeting GREETING = new Greeting("hello, world", "en", 1);

    private HandHttpServer() {}

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(HandHttpServer::routing)
                .build()
                .start();
        System.out.println("LISTENING " + server.port());
    }

    static void routing(HttpRouting.Builder routing) {
        routing.get("/greeting", (req, res) -> sendJson(res, HandJson.greeting(GREETING)))
                .get("/items/{id}", HandHttpServer::item);
    }

    private static void item(ServerRequest req, ServerResponse res) throws IOException {
        String raw = req.path().pathParameters().get("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            res.status(Status.BAD_REQUEST_400)
                    .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                    .send(HandJson.problem(400, "Bad Request", "path parameter 'id' must be a whole number"));
            return;
        }
        sendJson(res, HandJson.item(Item.of(id)));
    }

    static void sendJson(ServerResponse res, byte[] body) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json").send(body);
    }
}
