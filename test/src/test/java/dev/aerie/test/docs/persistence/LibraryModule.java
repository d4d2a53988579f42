package dev.aerie.test.docs.persistence;

import dev.aerie.api.Module;

/** The application of the persistence.md samples: its generated OrmProvider holds their schema. */
@Module(providers = BooksService.class)
public final class LibraryModule {}
