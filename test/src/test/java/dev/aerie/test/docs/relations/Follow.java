package dev.aerie.test.docs.relations;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;

// snippet:follow
/** Users who follow users: a join entity that references one entity twice. */
@Entity(table = "follows")
public record Follow(@Id @References(value = User.class, onDelete = CASCADE) long followerId,
                     @Id @References(value = User.class, onDelete = CASCADE) long followeeId) {}
// end::follow
