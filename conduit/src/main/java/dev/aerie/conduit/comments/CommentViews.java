package dev.aerie.conduit.comments;

import dev.aerie.conduit.profiles.Profile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** RealWorld's comments, as sent and as shown. */
public final class CommentViews {
    private CommentViews() {}

    public record NewComment(@NotBlank(message = "can't be empty") @Size(max = 100_000, message = "is too long (maximum is 100000 characters)") String body) {}

    public record NewCommentEnvelope(@NotNull(message = "can't be empty") @Valid NewComment comment) {}

    public record CommentView(long id, Instant createdAt, Instant updatedAt, String body, Profile author) {}

    public record CommentEnvelope(CommentView comment) {}

    public record CommentList(List<CommentView> comments) {}
}
