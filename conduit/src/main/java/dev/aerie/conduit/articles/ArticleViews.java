package dev.aerie.conduit.articles;

import dev.aerie.conduit.profiles.Profile;
import java.time.Instant;
import java.util.List;

/** RealWorld's articles as the API shows them; the times are written with milliseconds ({@code 2016-02-18T03:22:56.637Z}). */
public final class ArticleViews {
    private ArticleViews() {}

    /** A single article, with its body. */
    public record ArticleView(String slug, String title, String description, String body, List<String> tagList,
                              Instant createdAt, Instant updatedAt, boolean favorited, int favoritesCount, Profile author) {}

    public record ArticleEnvelope(ArticleView article) {}

    /** An article of a list: no body (RealWorld, since 2024-08-16). */
    public record ArticleSummary(String slug, String title, String description, List<String> tagList,
                                 Instant createdAt, Instant updatedAt, boolean favorited, int favoritesCount, Profile author) {}

    /** A page of articles, and how many match in all. */
    public record ArticleList(List<ArticleSummary> articles, long articlesCount) {}
}
