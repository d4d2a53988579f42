package dev.aerie.processor.orm;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-application OrmProvider, written from plain models (its compilation is covered by the runtime tests). */
class OrmProviderWriterTest {

    @Test
    void providerMatchesGoldenFile() {
        EntityModel book = NamingAndOrderTest.entity("shop.Book", "books", Optional.of("shop.Author"));
        EntityModel author = NamingAndOrderTest.entity("shop.Author", "authors", Optional.empty());
        ProjectionModel titles = new ProjectionModel(new JavaType.ClassRef("shop", List.of("TitleCount")), "shop.TitleCount",
                true, List.of());
        String written = OrmProviderWriter.write("shop.AppModule", List.of(), List.of(book, author), List.of(titles), false).toString();
        OrmCompiler.assertGolden("AppModule_OrmProvider.java", written);
    }

    @Test
    void importedCompilationsComeFirstAndKeepTheirOwnDdl() {
        CompiledEntities main = new CompiledEntities(List.of("shop.Author_Table", "shop.Book_Table"),
                List.of("shop.TitleCount_Mapping"));
        EntityModel note = NamingAndOrderTest.entity("shop.test.Note", "notes", Optional.empty());
        String written = OrmProviderWriter.write("shop.test.TestApp", List.of(main), List.of(note), List.of(), false)
                .toString();
        OrmCompiler.assertGolden("TestApp_OrmProvider.java", written);
    }

    @Test
    void injectedConfigIsUsedWhenTheApplicationBindsOne() {
        EntityModel author = NamingAndOrderTest.entity("shop.Author", "authors", Optional.empty());
        String written = OrmProviderWriter.write("shop.Outer.App", List.of(), List.of(author), List.of(), true).toString();
        EntityGenerationTest.assertContains(written, "public final class Outer_App_OrmProvider implements AutoCloseable");
        EntityGenerationTest.assertContains(written, "public static Outer_App_OrmProvider create(Config config) {\n"
                + "        return new Outer_App_OrmProvider(ApplicationDatabase.create(config, SCHEMA));");
        EntityGenerationTest.assertContains(written, "List.of(),\n");
    }

    @Test
    void aBoundClockIsPassedToTheDatabase() {
        EntityModel author = NamingAndOrderTest.entity("shop.Author", "authors", Optional.empty());
        String written = OrmProviderWriter.write("shop.App", List.of(), List.of(author), List.of(), true, true).toString();
        EntityGenerationTest.assertContains(written, "public static App_OrmProvider create(Config config, Clock clock) {\n"
                + "        return new App_OrmProvider(ApplicationDatabase.create(config, SCHEMA, clock));");
        String unconfigured = OrmProviderWriter.write("shop.App", List.of(), List.of(author), List.of(), false, true).toString();
        EntityGenerationTest.assertContains(unconfigured, "public static App_OrmProvider create(Clock clock) {\n"
                + "        return new App_OrmProvider(ApplicationDatabase.create(AerieConfig.load().helidon(), SCHEMA, clock));");
    }
}
