package dev.aerie.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rest of the promised compiler errors: message and line. */
class JsonErrorsMoreTest {

    private static Compilation compileThing(String thing) {
        return Compiled.compile("test.Thing", thing, "test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    Thing thing;
                }
                """);
    }

    private static JavaFileObject thingSource(Compilation compilation) {
        return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith("test/Thing.java"))
                .findFirst().orElseThrow();
    }

    private static void assertErrorOnThing(String thing, String message, int line) {
        Compilation compilation = compileThing(thing);
        assertThat(compilation).hadErrorContaining(message).inFile(thingSource(compilation)).onLine(line);
    }

    @Test
    void emailWithItsOwnExpression() {
        assertErrorOnThing("""
                package test;
                public record Thing(
                        @jakarta.validation.constraints.Email(regexp = ".*@corp[.]com") String mail) {}
                """, "@Email(regexp = ...) on String mail is not supported: use @Email alone, or @Pattern for your "
                + "own expression", 3);
    }

    @Test
    void constraintOnAnOptional() {
        assertErrorOnThing("""
                package test;
                public record Thing(
                        @jakarta.validation.constraints.NotNull java.util.Optional<String> nick) {}
                """, "@NotNull on Optional<String> nick: constraints on Optional are not supported; declare the "
                + "property as @Nullable of the inner type instead", 3);
    }

    @Test
    void javaxValidationAnnotation() {
        Compilation compilation = Compiled.compile("javax.validation.constraints.NotNull", """
                package javax.validation.constraints;
                public @interface NotNull {}
                """, "test.Thing", """
                package test;
                public record Thing(
                        @javax.validation.constraints.NotNull String name) {}
                """, "test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    Thing thing;
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadConstraint] @NotNull is from javax.validation, which Aerie does not read: use "
                + "jakarta.validation.constraints.NotNull").inFile(thingSource(compilation)).onLine(3);
    }

    @Test
    void innerClass() {
        Compilation compilation = Compiled.compile("test.Probe", """
                package test;
                @dev.aerie.processor.json.JsonProbe
                class Probe {
                    class Inner {
                        Inner(String name) {}
                        String name() { return ""; }
                    }
                    Inner inner;
                }
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] inner class Probe.Inner needs an outer instance to be created: "
                + "make it static").inFile(compilation.sourceFiles().get(0)).onLine(4);
    }

    @Test
    void abstractClass() {
        assertErrorOnThing("""
                package test;
                public abstract class Thing {
                    protected Thing(String name) {}
                    public String name() { return ""; }
                }
                """, "abstract class Thing cannot be created from JSON: use a record or a concrete class", 2);
    }

    @Test
    void ambiguousConstructors() {
        assertErrorOnThing("""
                package test;
                public final class Thing {
                    public Thing(String a) {}
                    public Thing(int b) {}
                    public String a() { return ""; }
                    public int b() { return 0; }
                }
                """, "Thing has 2 constructors with 1 parameters; JSON binding uses the one with the most parameters, "
                + "which must be unique", 2);
    }

    @Test
    void interfaceType() {
        assertErrorOnThing("""
                package test;
                public record Thing(
                        Runnable task) {}
                """, "type Runnable cannot be read or written as JSON: interfaces and annotations have no JSON form "
                + "of their own", 3);
        assertErrorOnThing("""
                package test;
                public record Thing(
                        Shape shape) {
                    public interface Shape {}
                }
                """, "type Thing.Shape cannot be read or written as JSON: interfaces and annotations have no JSON form "
                + "of their own", 3);
    }

    @Test
    void rawWildcardAndArrayTypes() {
        assertErrorOnThing("""
                package test;
                @SuppressWarnings("rawtypes")
                public record Thing(
                        java.util.List names) {}
                """, "type List cannot be read or written as JSON: raw types have no element type; add the type "
                + "argument", 4);
        assertErrorOnThing("""
                package test;
                public record Thing(
                        java.util.List<? extends Number> numbers) {}
                """, "type List<? extends Number> cannot be read or written as JSON: type arguments must be concrete "
                + "types, not ? extends Number", 3);
        assertErrorOnThing("""
                package test;
                public record Thing(
                        int[] numbers) {}
                """, "type int[] cannot be read or written as JSON: arrays other than byte[] are not supported; use "
                + "List", 3);
    }

    @Test
    void tooManyProperties() {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            components.append(i == 0 ? "" : ", ").append("int p").append(i);
        }
        assertErrorOnThing("package test;\npublic record Thing(\n" + components + ") {}\n",
                "Thing has 65 properties; JSON binding supports at most 64: split it into nested records", 2);
    }

    @Test
    void unknownType() {
        Compilation compilation = compileThing("""
                package test;
                public record Thing(
                        NoSuchType missing) {}
                """);
        assertThat(compilation).hadErrorContaining("[Aerie/BadJsonType] type NoSuchType is unknown here: if another annotation processor "
                + "generates it, JSON binding cannot use it yet; declare it in source")
                .inFile(thingSource(compilation)).onLine(3);
    }
}
