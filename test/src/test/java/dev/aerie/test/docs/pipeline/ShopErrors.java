package dev.aerie.test.docs.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Catches;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.ValidationFailed;
import java.util.List;
import java.util.Map;

// snippet:errors
/** One place decides the API's error shape for the routes of the modules that see it. */
@Injectable
public final class ShopErrors {
    public record Errors(Map<String, List<String>> errors) {}

    @Catches(ValidationFailed.class)
    Response<Errors> unprocessable(ValidationFailed e) {
        return Response.of(422, new Errors(e.messagesByPath()));
    }
}
// end::errors
