package dev.aerie.test.docs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The pipeline.md samples over real HTTP. */
@AerieTest(ShopModule.class)
class PipelineDocsTest {
    private final AerieClient http;

    PipelineDocsTest(AerieClient http) {
        this.http = http;
    }

    @Test
    void optionalLogin() {
        assertEquals("\"hello stranger\"", http.get("/orders/greeting").body());
        assertEquals("\"hello ada\"", http.header("Authorization", "Token ada").get("/orders/greeting").body());
    }

    @Test
    void theGuardAnswersBeforeTheBodyIsParsed() {
        HttpResponse<String> response = http.post("/orders", "{not json");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("Token", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void validationFailuresAre422InTheApisShape() {
        HttpResponse<String> response = http.header("Authorization", "Token ada").post("/orders", "{\"item\":\"\",\"quantity\":0}");
        assertEquals(422, response.statusCode(), response.body());
        assertEquals("{\"errors\":{\"item\":[\"must not be blank\"],\"quantity\":[\"must be greater than or equal to 1\"]}}",
                response.body());
        HttpResponse<String> placed = http.header("Authorization", "Token ada").post("/orders", "{\"item\":\"tea\",\"quantity\":2}");
        assertEquals(201, placed.statusCode(), placed.body());
        assertEquals("{\"item\":\"tea\",\"quantity\":2,\"by\":\"ada\"}", placed.body());
    }

    @Test
    void theGlobalGuardRunsOnEveryRoute() {
        assertEquals(400, http.header("X-Request-Id", "no spaces please").get("/orders/greeting").statusCode());
    }
}
