package dev.aerie.bench.http;

/** The small record the JSON endpoint returns, on both sides of the HTTP benchmark. */
public record Greeting(String message, String language, int version) {}
