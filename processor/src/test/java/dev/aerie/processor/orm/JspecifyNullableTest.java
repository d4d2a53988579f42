package dev.aerie.processor.orm;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.orm.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The {@code @Nullable} users get through aerie-api is JSpecify's, a type-use annotation only: on a
 * record component it makes the column nullable (the example's BookIn has it on a JSON property).
 */
class JspecifyNullableTest {

    @Test
    void jspecifyNullableMakesTheColumnNullable() {
        Compilation compilation = OrmCompiler.compile(source("shop.Note",
                "package shop;",
                "",
                "import dev.aerie.api.db.Entity;",
                "import dev.aerie.api.db.Id;",
                "import org.jspecify.annotations.Nullable;",
                "",
                "@Entity",
                "public record Note(@Id long id, @Nullable String text, String author) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        String h2 = OrmCompiler.schema(compilation, "h2.sql");
        assertTrue(h2.contains("\"text\" VARCHAR(255),\n"), h2);
        assertTrue(h2.contains("\"author\" VARCHAR(255) NOT NULL,\n"), h2);
    }
}
