package dev.aerie.example.docs.operations;

import dev.aerie.api.Module;

/** The module of docs/operations.md's health-check snippet. */
@SuppressWarnings("UnreachableModule") // a documentation example, compiled and checked, not part of the app
@Module(providers = {SearchIndex.class, SearchIndexCheck.class})
public final class OperationsModule {}
