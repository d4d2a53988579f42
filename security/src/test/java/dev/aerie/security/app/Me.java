package dev.aerie.security.app;

/** Who the token speaks for. */
public record Me(String username, String role) {}
