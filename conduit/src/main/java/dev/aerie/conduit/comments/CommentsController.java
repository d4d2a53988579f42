package dev.aerie.conduit.comments;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Delete;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import dev.aerie.conduit.comments.CommentViews.CommentEnvelope;
import dev.aerie.conduit.comments.CommentViews.CommentList;
import dev.aerie.conduit.comments.CommentViews.NewCommentEnvelope;
import dev.aerie.conduit.users.Viewer;
import dev.aerie.security.Authenticated;
import jakarta.validation.Valid;
import java.util.Optional;

/** {@code /api/articles/{slug}/comments}. */
@Controller("/api/articles/{slug}/comments")
public final class CommentsController {
    private final CommentsService comments;

    CommentsController(CommentsService comments) {
        this.comments = comments;
    }

    @Post
    @Guarded(Authenticated.class)
    public CommentEnvelope add(String slug, @Valid NewCommentEnvelope in, Viewer viewer) {
        return new CommentEnvelope(comments.add(slug, in.comment(), viewer));
    }

    @Get
    public CommentList list(String slug, Optional<Viewer> viewer) {
        return new CommentList(comments.of(slug, viewer));
    }

    @Delete("/{id}")
    @Guarded(Authenticated.class)
    public void delete(String slug, long id, Viewer viewer) {
        comments.delete(slug, id, viewer);
    }
}
