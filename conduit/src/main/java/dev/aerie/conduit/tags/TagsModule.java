package dev.aerie.conduit.tags;

import dev.aerie.api.Module;
import dev.aerie.conduit.ErrorsModule;

/** Tags and the article-tag links. */
@Module(imports = ErrorsModule.class, controllers = TagsController.class, providers = TagsService.class, exports = TagsService.class)
public final class TagsModule {}
