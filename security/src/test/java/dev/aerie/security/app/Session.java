package dev.aerie.security.app;

/** A login's answer: the token to send as {@code Authorization: <scheme> <token>}. */
public record Session(String username, String token) {}
