package dev.aerie.test.docs.pipeline;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

// snippet:controller
@Controller("/orders")
public final class OrdersController {
    public record OrderIn(@NotBlank String item, @Min(1) int quantity) {}

    public record Order(String item, int quantity, String by) {}

    /** Login optional: the parameter is empty for anonymous callers. */
    @Get("/greeting")
    public String greeting(Optional<CurrentUser> me) {
        return "hello " + me.map(CurrentUser::name).orElse("stranger");
    }

    /** 401 before the body is parsed when there is no token; 422 in the API's shape when it is invalid. */
    @Post
    @Status(201)
    @Guarded(Authenticated.class)
    public Order place(@Valid OrderIn in, CurrentUser me) {
        return new Order(in.item(), in.quantity(), me.name());
    }
}
// end::controller
