package dev.aerie.bench.guard;

import dev.aerie.api.http.HttpException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.security.JwtSettings;
import dev.aerie.security.TokenService;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The hand-written side of the guard benchmark: plain Helidon handlers, and a Helidon filter that
 * checks the token of {@code /jwt/...} requests with the same {@link TokenService} the JWT guard
 * uses, so that the two differ only in how the check is called.
 * {@code java dev.aerie.bench.guard.HandGuardServer PORT JWT_SECRET} prints {@code LISTENING <port>}.
 * {@code java dev.aerie.bench.guard.HandGuardServer token JWT_SECRET} prints a token valid for a day.
 */
public final class HandGuardServer {
    private HandGuardServer() {}

    public static void main(String[] args) throws Exception {
        TokenService tokens = new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.secret", args[1],
                "security.jwt.ttl", "24h"))));
        if (args[0].equals("token")) {
            System.out.println(tokens.issue("bench-user"));
            return;
        }
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(Integer.parseInt(args[0]))
                .routing(routing -> routing(routing, tokens))
                .build()
                .start();
        System.out.println("LISTENING " + server.port());
    }

    private static void routing(HttpRouting.Builder routing, TokenService tokens) {
        routing.addFilter((chain, req, res) -> {
            if (req.path().path().startsWith("/jwt/")) {
                try {
                    tokens.verify(req.headers().first(HeaderNames.AUTHORIZATION));
                } catch (HttpException e) {
                    res.status(Status.UNAUTHORIZED_401).header(HeaderNames.WWW_AUTHENTICATE, "Bearer").send();
                    return;
                }
            }
            chain.proceed();
        });
        routing.get("/open/greeting", (req, res) -> send(res, greeting()))
                .get("/jwt/greeting", (req, res) -> send(res, greeting()));
    }

    /** The greeting as the Aerie side writes it, written per request as Aerie does. */
    private static byte[] greeting() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("message", GuardController.GREETING.message());
            g.writeStringField("language", GuardController.GREETING.language());
            g.writeNumberField("version", GuardController.GREETING.version());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void send(io.helidon.webserver.http.ServerResponse res, byte[] body) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json").send(body);
    }
}
