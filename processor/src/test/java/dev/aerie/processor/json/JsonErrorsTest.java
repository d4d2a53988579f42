package dev.aerie.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compiler error the JSON generators promise: its message and the line it points at. */
class JsonErrorsTest {

    private static final String PROBE_OF_THING = """
            package test;
            @dev.aerie.processor.json.JsonProbe
            class Probe {
                Thing thing;
            }
            """;

    private static Compilation compileThing(String thing) {
        return Compiled.compile("test.Thing", thing, "test.Probe", PROBE_OF_THING,
                "test.Nullable", GeneratedCodecTest.NULLABLE);
    }

    private static JavaFileObject file(String name) {
        return JavaFileObjects.forSourceString(name, "");
    }

    @Test
    void unsupportedComponentTypeIsReportedOnTheComponent() {
        Compilation compilation = compileThing("""
                package test;
                public record Thing(String name,
                                    char initial) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] type char cannot be read or written as JSON: char has no JSON "
                + "form; use String. Supported: String, boolean, int, long");
        assertThat(compilation).hadErrorContaining("char has no JSON form").inFile(sourceOf(compilation, "test.Thing"))
                .onLine(3);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void jdkClassesWithoutBuiltInFormAreNamed() {
        Compilation compilation = compileThing("""
                package test;
                public record Thing(
                        java.net.URI link) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] type URI cannot be read or written as JSON: it is a JDK "
                + "class without a built-in JSON form.").inFile(sourceOf(compilation, "test.Thing")).onLine(3);
    }

    @Test
    void unsupportedTypeAtTheTopIsReportedWhereItIsNeeded() {
        Compilation compilation = Compiled.compile("test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    String fine;
                    Object anything;
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] type Object cannot be read or written as JSON: "
                + "it is a JDK class without a built-in JSON form").inFile(sourceOf(compilation, "test.Probe")).onLine(5);
    }

    @Test
    void mapsNeedStringKeys() {
        Compilation compilation = compileThing("""
                package test;
                public record Thing(
                        java.util.Map<Integer, String> byNumber) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] type Map<Integer, String> cannot be "
                + "read or written as JSON: maps must have String keys, as in Map<String, T>")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(3);
    }

    @Test
    void notBlankOnAnIntIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.NotBlank;
                public record Thing(String name,
                                    @NotBlank int count) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @NotBlank cannot apply to int count: it applies to String")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void minOnAStringIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.Min;
                public record Thing(
                        @Min(1) String name) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @Min cannot apply to String name: it applies to numbers (int, "
                + "long, short, byte, double, float, their boxes, BigDecimal, BigInteger)")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void notNullOnAPrimitiveIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.NotNull;
                public record Thing(
                        @NotNull long id) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @NotNull cannot apply to long id: it applies to reference types; "
                + "a primitive is never null (use its box to allow null)")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void nullablePrimitiveIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                public record Thing(String name,
                                    @Nullable int count) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] @Nullable int count can never be null: use Integer to make it "
                + "optional, or remove @Nullable").inFile(sourceOf(compilation, "test.Thing")).onLine(3);
    }

    @Test
    void invalidRegularExpressionIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.Pattern;
                public record Thing(
                        @Pattern(regexp = "[a-z") String code) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @Pattern on String code has an invalid regular expression: "
                + "Unclosed character class near index 3 of \"[a-z\"")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void impossibleSizeIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.Size;
                public record Thing(
                        @Size(min = 5, max = 1) String code) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @Size(min = 5, max = 1) on String code can never hold")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void validOnAStringIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.Valid;
                public record Thing(
                        @Valid String name) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @Valid on String name has nothing to validate: it cascades into "
                + "records and classes").inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void unsupportedConstraintIsAnErrorNotSilence() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.Past;
                public record Thing(
                        @Past java.time.LocalDate born) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @Past on LocalDate born is not supported by Aerie's generated "
                + "validation. Supported: @NotNull, @NotBlank, @NotEmpty, @Size, @Min, @Max, @Positive, "
                + "@PositiveOrZero, @Negative, @NegativeOrZero, @Email, @Pattern and @Valid")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void validationGroupsAreAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.NotBlank;
                public record Thing(
                        @NotBlank(groups = Thing.class) String name) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @NotBlank(groups = ...) on String name: validation groups are "
                + "not supported").inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void constraintsOnTypeArgumentsAreAnError() {
        Compilation compilation = compileThing("""
                package test;
                import jakarta.validation.constraints.Email;
                public record Thing(
                        java.util.List<@Email String> emails) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] @Email on a type argument of emails is not supported")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(4);
    }

    @Test
    void privateRecordsAreAnError() {
        Compilation compilation = Compiled.compile("test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    private record Hidden(String name) {}
                    Hidden hidden;
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] private type Probe.Hidden cannot be read or written as JSON: "
                + "generated code in package test must see it; make it package-private or public")
                .inFile(sourceOf(compilation, "test.Probe")).onLine(5);
    }

    @Test
    void classWithoutGetterIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                public final class Thing {
                    private final String name;
                    public Thing(
                            String name) {
                        this.name = name;
                    }
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] Thing has no getter for constructor parameter name: add a method "
                + "name() or getName() returning String").inFile(sourceOf(compilation, "test.Thing")).onLine(5);
    }

    @Test
    void classWithoutConstructorParametersIsAnError() {
        Compilation compilation = compileThing("""
                package test;
                public class Thing {
                    private String name;
                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] Thing cannot be created from JSON: it needs a non-private "
                + "constructor taking every property; add one (or make it a record)")
                .inFile(sourceOf(compilation, "test.Thing")).onLine(2);
    }

    @Test
    void aBadRecordUsedTwiceIsReportedOnce() {
        Compilation compilation = Compiled.compile("test.Thing", """
                package test;
                public record Thing(char c) {}
                """, "test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    Thing one;
                    java.util.List<Thing> many;
                }
                """);
        assertThat(compilation).hadErrorCount(1);
    }

    private static JavaFileObject sourceOf(Compilation compilation, String name) {
        return compilation.sourceFiles().stream()
                .filter(f -> f.getName().endsWith(name.replace('.', '/') + ".java"))
                .findFirst().orElseThrow();
    }
}
