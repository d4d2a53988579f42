package dev.aerie.conduit.tags;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import java.util.List;

/** {@code GET /api/tags}. */
@Controller("/api/tags")
public final class TagsController {
    /** RealWorld's list of tags, {@code {"tags": [...]}}. */
    public record TagList(List<String> tags) {}

    private final TagsService tags;

    TagsController(TagsService tags) {
        this.tags = tags;
    }

    @Get
    public TagList tags() {
        return new TagList(tags.all());
    }
}
