package dev.aerie.test.docs.pipeline;

/** Who is calling. */
public record CurrentUser(String name) {}
