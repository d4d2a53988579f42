package {{package}};

import dev.aerie.api.Module;

/** {{Plural}}: the controller and the service behind it. */
@Module(controllers = {{Plural}}Controller.class, providers = {{Plural}}Service.class)
public final class {{Plural}}Module {}
