package {{package}};

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import jakarta.inject.Inject;
import java.util.List;

/** {@code /{{path}}}. */
@Controller("/{{path}}")
public final class {{Name}}Controller {
    @Inject
    {{Name}}Controller() {}

    @Get
    public List<String> list() {
        return List.of();
    }
}
