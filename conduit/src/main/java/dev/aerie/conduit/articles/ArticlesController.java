package dev.aerie.conduit.articles;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Delete;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Put;
import dev.aerie.api.http.QueryParam;
import dev.aerie.api.http.Status;
import dev.aerie.conduit.articles.ArticleRequests.ArticleUpdateEnvelope;
import dev.aerie.conduit.articles.ArticleRequests.NewArticleEnvelope;
import dev.aerie.conduit.articles.ArticleViews.ArticleEnvelope;
import dev.aerie.conduit.articles.ArticleViews.ArticleList;
import dev.aerie.conduit.users.Viewer;
import dev.aerie.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/** {@code /api/articles}: the list (login optional), the feed, one article, favorites. */
@Controller("/api/articles")
public final class ArticlesController {
    private final ArticlesService articles;

    ArticlesController(ArticlesService articles) {
        this.articles = articles;
    }

    @Get
    public ArticleList list(Optional<String> tag, Optional<String> author, Optional<String> favorited,
                            @QueryParam(defaultValue = "20") @Min(0) @Max(100) int limit,
                            @QueryParam(defaultValue = "0") @Min(0) long offset,
                            Optional<Viewer> viewer) {
        return articles.list(tag, author, favorited, limit, offset, viewer);
    }

    @Get("/feed")
    @Guarded(Authenticated.class)
    public ArticleList feed(@QueryParam(defaultValue = "20") @Min(0) @Max(100) int limit,
                            @QueryParam(defaultValue = "0") @Min(0) long offset,
                            Viewer viewer) {
        return articles.feed(viewer, limit, offset);
    }

    @Get("/{slug}")
    public ArticleEnvelope get(String slug, Optional<Viewer> viewer) {
        return new ArticleEnvelope(articles.get(slug, viewer));
    }

    @Post
    @Status(201)
    @Guarded(Authenticated.class)
    public ArticleEnvelope create(@Valid NewArticleEnvelope in, Viewer viewer) {
        return new ArticleEnvelope(articles.create(in.article(), viewer));
    }

    @Put("/{slug}")
    @Guarded(Authenticated.class)
    public ArticleEnvelope update(String slug, @Valid ArticleUpdateEnvelope in, Viewer viewer) {
        return new ArticleEnvelope(articles.update(slug, in.article(), viewer));
    }

    @Delete("/{slug}")
    @Guarded(Authenticated.class)
    public void delete(String slug, Viewer viewer) {
        articles.delete(slug, viewer);
    }

    @Post("/{slug}/favorite")
    @Guarded(Authenticated.class)
    public ArticleEnvelope favorite(String slug, Viewer viewer) {
        return new ArticleEnvelope(articles.favorite(slug, viewer));
    }

    @Delete("/{slug}/favorite")
    @Guarded(Authenticated.class)
    public ArticleEnvelope unfavorite(String slug, Viewer viewer) {
        return new ArticleEnvelope(articles.unfavorite(slug, viewer));
    }
}
