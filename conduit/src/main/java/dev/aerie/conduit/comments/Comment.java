package dev.aerie.conduit.comments;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.CreatedAt;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import dev.aerie.api.db.UpdatedAt;
import dev.aerie.conduit.articles.Article;
import dev.aerie.conduit.users.User;
import java.time.Instant;

/** A comment on an article; deleted with the article or its author. The session sets its times. */
@Entity(table = "comments")
public record Comment(@Id @GeneratedValue Long id,
                      @References(value = Article.class, onDelete = CASCADE) long articleId,
                      @References(value = User.class, onDelete = CASCADE) long authorId,
                      @Column(text = true) String body,
                      @CreatedAt Instant createdAt,
                      @UpdatedAt Instant updatedAt) {}
