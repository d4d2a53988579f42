package test;

import dev.aerie.runtime.validation.Constraints;
import dev.aerie.runtime.validation.Violations;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks the jakarta.validation constraints of {@link BookIn}.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class BookIn_Validator {
    private static final Pattern ISBN_PATTERN = Pattern.compile("[0-9-]{10,17}");

    private BookIn_Validator() {
    }

    /**
     * Adds every violation of {@code value}, whose own path is {@code path}, to {@code out}.
     * Null is valid: {@code @NotNull} on the property holding it says otherwise.
     */
    public static void validate(BookIn value, String path, Violations out) {
        if (value == null) {
            return;
        }
        Constraints.notBlank(out, path, "title", value.title(), "must not be blank");
        Constraints.size(out, path, "title", value.title(), 0, 200, "size must be between 0 and 200");
        Constraints.notNull(out, path, "author", value.author(), "must not be null");
        Constraints.valid(out, path, "author", value.author(), AuthorIn_Validator::validate);
        Constraints.min(out, path, "year", value.year(), 0L, "must be greater than or equal to 0");
        Constraints.max(out, path, "year", value.year(), 3000L, "must be less than or equal to 3000");
        Constraints.pattern(out, path, "isbn", value.isbn(), ISBN_PATTERN, "must be an ISBN like [0-9-]{10,17}");
        Constraints.notEmpty(out, path, "tags", value.tags(), "must not be empty");
        Constraints.size(out, path, "tags", value.tags(), 0, 10, "size must be between 0 and 10");
        Constraints.validElements(out, path, "chapters", value.chapters(), ChapterIn_Validator::validate);
        Constraints.positive(out, path, "price", value.price(), "must be greater than 0");
    }
}
