package dev.aerie.conduit.comments;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import dev.aerie.conduit.articles.Article;
import dev.aerie.conduit.users.User;
import java.time.Instant;

/** A comment on an article; deleted with the article or its author. */
@Entity(table = "comments")
public record Comment(@Id @GeneratedValue Long id,
                      @References(value = Article.class, onDelete = CASCADE) long articleId,
                      @References(value = User.class, onDelete = CASCADE) long authorId,
                      @Column(text = true) String body,
                      Instant createdAt,
                      Instant updatedAt) {}
