package dev.aerie.runtime.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
    private final Violations out = new Violations();

    private List<String> found() {
        return out.list().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    @Test
    void nullPassesAllButTheNotConstraints() {
        Constraints.size(out, "", "title", (String) null, 1, 2, "size");
        Constraints.min(out, "", "n", (Integer) null, 1, "min");
        Constraints.email(out, "", "e", null, "email");
        Constraints.pattern(out, "", "p", null, Pattern.compile("x"), "pattern");
        assertTrue(out.isEmpty());
        Constraints.notNull(out, "", "a", null, "must not be null");
        Constraints.notBlank(out, "", "b", null, "must not be blank");
        Constraints.notEmpty(out, "", "c", (List<?>) null, "must not be empty");
        assertEquals(List.of("a: must not be null", "b: must not be blank", "c: must not be empty"), found());
    }

    @Test
    void textConstraints() {
        Constraints.notBlank(out, "author", "name", " \t\n", "must not be blank");
        Constraints.notBlank(out, "author", "ok", " x ", "must not be blank");
        Constraints.size(out, "", "title", "abc", 0, 2, "size must be between 0 and 2");
        Constraints.size(out, "", "fits", "ab", 0, 2, "size must be between 0 and 2");
        Constraints.pattern(out, "", "code", "ab1", Pattern.compile("[a-z]+"), "must match \"[a-z]+\"");
        assertEquals(List.of("author.name: must not be blank", "title: size must be between 0 and 2",
                "code: must match \"[a-z]+\""), found());
    }

    @Test
    void numberConstraints() {
        Constraints.min(out, "", "a", 4, 5, "min");
        Constraints.min(out, "", "b", 5, 5, "ok");
        Constraints.max(out, "", "c", new BigDecimal("10.01"), 10, "max");
        Constraints.max(out, "", "d", 10.0, 10, "ok");
        Constraints.min(out, "", "e", Double.NaN, 0, "nan");
        Constraints.positive(out, "", "f", 0, "positive");
        Constraints.positiveOrZero(out, "", "g", 0L, "ok");
        Constraints.negative(out, "", "h", Long.valueOf(-1), "ok");
        Constraints.negativeOrZero(out, "", "i", 0.5, "negativeOrZero");
        assertEquals(List.of("a: min", "c: max", "e: nan", "f: positive", "i: negativeOrZero"), found());
    }

    @Test
    void emails() {
        for (String good : List.of("a@example.com", "first.last+tag@sub.example.org", "o'hara@x.io")) {
            assertTrue(EmailAddresses.isValid(good), good);
        }
        for (String bad : List.of("plain", "@example.com", "a@", "a@localhost", "a..b@example.com",
                ".a@example.com", "a@-x.com", "a b@example.com", "a@example.c0m", "x".repeat(65) + "@example.com")) {
            assertFalse(EmailAddresses.isValid(bad), bad);
        }
    }

    @Test
    void cascadesBuildPaths() {
        Validator<String> nonBlank = (value, path, violations) ->
                Constraints.notBlank(violations, path, "name", value, "must not be blank");
        Constraints.validElements(out, "", "items", List.of("x", " "), nonBlank);
        Constraints.validValues(out, "order", "byCode", Map.of("EUR", ""), nonBlank);
        Constraints.validPresent(out, "", "maybe", Optional.of(""), nonBlank);
        Constraints.valid(out, "", "one", "", nonBlank);
        Constraints.valid(out, "", "none", null, nonBlank);
        assertEquals(List.of("items[1].name: must not be blank", "order.byCode[EUR].name: must not be blank",
                "maybe.name: must not be blank", "one.name: must not be blank"), found());
    }

    @Test
    void throwIfAnyCarriesEveryViolation() {
        out.throwIfAny();
        out.add("title", "must not be blank");
        out.add("year", "must be greater than or equal to 0");
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, out::throwIfAny);
        assertEquals(2, e.violations().size());
        assertEquals("title: must not be blank; year: must be greater than or equal to 0", e.getMessage());
    }
}
