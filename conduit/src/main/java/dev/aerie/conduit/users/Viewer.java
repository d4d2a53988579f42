package dev.aerie.conduit.users;

/**
 * The user a request is made by: the subject of its verified token. Injected as {@code Viewer}
 * on routes guarded by {@code Authenticated}, as {@code Optional<Viewer>} where login is optional.
 */
public record Viewer(long id) {}
