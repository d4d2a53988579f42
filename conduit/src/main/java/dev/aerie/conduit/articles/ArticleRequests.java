package dev.aerie.conduit.articles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies of the article routes, in RealWorld's {@code {"article": ...}} envelope. */
public final class ArticleRequests {
    private ArticleRequests() {}

    public record NewArticle(@NotBlank(message = "can't be empty") @Size(max = 200, message = "is too long (maximum is 200 characters)") String title,
                             @NotBlank(message = "can't be empty") @Size(max = 2000, message = "is too long (maximum is 2000 characters)") String description,
                             @NotBlank(message = "can't be empty") @Size(max = 1_000_000, message = "is too long (maximum is 1000000 characters)") String body,
                             @Nullable @Size(max = 20, message = "is too long (maximum is 20 tags)") List<String> tagList) {}

    public record NewArticleEnvelope(@NotNull(message = "can't be empty") @Valid NewArticle article) {}

    /** Every field optional: an absent (or null) one stays as it is; a new title gives a new slug. */
    public record ArticleUpdate(@Nullable @Pattern(regexp = "(?s).*\\S.*", message = "can't be empty") @Size(max = 200, message = "is too long (maximum is 200 characters)") String title,
                                @Nullable @Pattern(regexp = "(?s).*\\S.*", message = "can't be empty") @Size(max = 2000, message = "is too long (maximum is 2000 characters)") String description,
                                @Nullable @Pattern(regexp = "(?s).*\\S.*", message = "can't be empty") @Size(max = 1_000_000, message = "is too long (maximum is 1000000 characters)") String body,
                                @Nullable @Size(max = 20, message = "is too long (maximum is 20 tags)") List<String> tagList) {}

    public record ArticleUpdateEnvelope(@NotNull(message = "can't be empty") @Valid ArticleUpdate article) {}
}
