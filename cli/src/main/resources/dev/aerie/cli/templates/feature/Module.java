package {{package}};

import dev.aerie.api.Module;

/** {{Name}}. */
@Module
public final class {{Name}}Module {}
