package dev.aerie.conduit.articles;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.CreatedAt;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.Index;
import dev.aerie.api.db.References;
import dev.aerie.api.db.UpdatedAt;
import dev.aerie.conduit.users.User;
import java.time.Instant;

/**
 * An article. {@code favoritesCount} is a counter the database increments, so concurrent
 * favorites all count; {@code slug} is unique. The body is long text ({@code @Column(text = true)}:
 * TEXT on PostgreSQL, LONGTEXT on MariaDB); the input allows 1,000,000 characters. The session
 * sets {@code createdAt} and {@code updatedAt} (to the millisecond, as RealWorld shows them).
 */
@Entity(table = "articles")
@Index({"createdAt", "id"})
@Index({"authorId", "createdAt"})
public record Article(@Id @GeneratedValue Long id,
                      @Column(length = 255, unique = true) String slug,
                      @Column(length = 200) String title,
                      @Column(length = 2000) String description,
                      @Column(text = true) String body,
                      @References(value = User.class, onDelete = CASCADE) long authorId,
                      int favoritesCount,
                      @CreatedAt Instant createdAt,
                      @UpdatedAt Instant updatedAt) {}
