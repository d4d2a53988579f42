package test;

import dev.aerie.runtime.validation.Constraints;
import dev.aerie.runtime.validation.Violations;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Checks the jakarta.validation constraints of {@link AuthorIn}.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class AuthorIn_Validator {
    private static final Pattern HANDLE_PATTERN = Pattern.compile("^[a-z]+$", Pattern.CASE_INSENSITIVE);

    private AuthorIn_Validator() {
    }

    /**
     * Adds every violation of {@code value}, whose own path is {@code path}, to {@code out}.
     * Null is valid: {@code @NotNull} on the property holding it says otherwise.
     */
    public static void validate(AuthorIn value, String path, Violations out) {
        if (value == null) {
            return;
        }
        Constraints.notBlank(out, path, "name", value.name(), "must not be blank");
        Constraints.email(out, path, "email", value.email(), "must be a well-formed email address");
        Constraints.pattern(out, path, "handle", value.handle(), HANDLE_PATTERN, "must match \"^[a-z]+$\"");
    }
}
