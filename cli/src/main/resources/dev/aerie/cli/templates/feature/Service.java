package {{package}};

import dev.aerie.api.Injectable;

/** {{Name}}: the logic its controllers call. */
@Injectable
public final class {{Name}}Service {
    {{Name}}Service() {}
}
