package dev.aerie.conduit.users;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import org.jspecify.annotations.Nullable;

/** A registered user; {@code passwordHash} is an Argon2id hash, never the password. */
@Entity(table = "users")
public record User(@Id @GeneratedValue Long id,
                   @Column(length = 100, unique = true) String username,
                   @Column(length = 254, unique = true) String email,
                   @Column(length = 200) String passwordHash,
                   @Column(length = 2000) @Nullable String bio,
                   @Column(length = 2000) @Nullable String image) {}
