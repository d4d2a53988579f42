package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.Catches;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.ValidationFailed;
import java.util.List;
import java.util.Map;

/** The error shape of the root module's routes (the admin module does not see it and keeps problem+json). */
@Injectable
public final class ApiErrors {
    public record Errors(Map<String, List<String>> errors) {}

    public record Message(String error) {}

    @Catches(ValidationFailed.class)
    Response<Errors> unprocessable(ValidationFailed e) {
        return Response.of(422, new Errors(e.messagesByPath())).header("X-Error-Shape", "conduit");
    }

    @Catches
    Response<Message> badRequest(BadRequestException e) {
        return Response.of(400, new Message(e.detail().orElse("bad request")));
    }

    /** Also answers requests no route matches: the root module sees this handler. */
    @Catches
    Response<Message> notFound(NotFoundException e) {
        return Response.of(404, new Message(e.detail().orElse("not found")));
    }

    @Catches(UnsupportedOperationException.class)
    Response<Message> failing(RuntimeException e) {
        throw new IllegalStateException("secret detail of a failing handler");
    }
}
