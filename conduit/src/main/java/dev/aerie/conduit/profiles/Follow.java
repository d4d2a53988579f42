package dev.aerie.conduit.profiles;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import dev.aerie.conduit.users.User;

/** {@code followerId} follows {@code followeeId}: a join entity that references users twice. */
@Entity(table = "follows")
public record Follow(@Id @References(value = User.class, onDelete = CASCADE) long followerId,
                     @Id @References(value = User.class, onDelete = CASCADE) long followeeId) {}
