package dev.aerie.runtime.internal.http.pipeline;

/** The logged-in user. */
public record User(String name, String lang) {}
