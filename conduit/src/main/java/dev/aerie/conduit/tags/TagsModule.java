package dev.aerie.conduit.tags;

import dev.aerie.api.Module;

/** Tags and the article-tag links. */
@Module(controllers = TagsController.class, providers = TagsService.class, exports = TagsService.class)
public final class TagsModule {}
