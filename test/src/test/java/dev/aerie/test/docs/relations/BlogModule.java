package dev.aerie.test.docs.relations;

import dev.aerie.api.Module;

/** The application of the relation samples: its generated OrmProvider holds their schema. */
@Module
public final class BlogModule {}
