package dev.aerie.security.app;

/** What a client sends to log in. */
public record Login(String username, String password) {}
