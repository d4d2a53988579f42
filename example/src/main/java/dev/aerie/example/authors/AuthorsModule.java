package dev.aerie.example.authors;

import dev.aerie.api.Module;

/** Authors: their controller, and the service that books use to check an author exists. */
@Module(controllers = AuthorsController.class, providers = AuthorsService.class, exports = AuthorsService.class)
public final class AuthorsModule {}
