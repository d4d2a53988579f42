/**
 * Aerie's security module: {@link dev.aerie.security.TokenService} verifies and issues JWTs
 * (nimbus-jose-jwt), {@link dev.aerie.security.PasswordHasher} hashes passwords with Argon2id
 * (password4j). An application imports {@link dev.aerie.security.SecurityModule} and configures
 * both under {@code security.*}.
 */
package dev.aerie.security;
