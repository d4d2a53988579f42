package dev.aerie.conduit.articles;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import dev.aerie.conduit.users.User;

/** {@code userId} favorited {@code articleId}. */
@Entity(table = "favorites")
public record Favorite(@Id @References(value = User.class, onDelete = CASCADE) long userId,
                       @Id @References(value = Article.class, onDelete = CASCADE) long articleId) {}
