package dev.aerie.runtime.http.pipeline;

/** The logged-in user. */
public record User(String name, String lang) {}
