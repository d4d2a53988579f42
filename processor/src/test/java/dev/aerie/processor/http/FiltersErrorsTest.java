package dev.aerie.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.http.HttpErrorsTest.compile;
import static dev.aerie.processor.http.HttpErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The compile errors of {@code @Filters}, with message and line. */
class FiltersErrorsTest {

    static final JavaFileObject BOOKS = source("test.Books",
            "package test;",
            "import dev.aerie.api.http.*;",
            "@Controller(\"/books\")",
            "public final class Books {",
            "    @Get public String list() { return \"\"; }",
            "}");

    static final JavaFileObject NOT_A_FILTER = source("test.Stamp",
            "package test;",
            "@dev.aerie.api.Injectable",
            "public final class Stamp {}");

    @Test
    void aFilterMustImplementHelidonsFilter() {
        JavaFileObject root = source("test.AppModule",
                "package test;",                                                                   // 1
                "@dev.aerie.api.http.Filters(Stamp.class)",                                        // 2
                "@dev.aerie.api.Module(controllers = test.Books.class, providers = test.Stamp.class)", // 3
                "public final class AppModule {}");                                                // 4
        Compilation compilation = compile(root, BOOKS, NOT_A_FILTER);
        assertThat(compilation).hadErrorContaining("[Aerie/BadFilter] Stamp in @Filters does not implement io.helidon.webserver.http.Filter; "
                + "implement it, or attach it as a @Guarded guard or @Intercepted interceptor instead").inFile(root).onLine(4);
    }

    @Test
    void onlyTheRootModuleListsFilters() {
        JavaFileObject root = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(imports = test.FeatureModule.class)",
                "public final class AppModule {}");
        JavaFileObject feature = source("test.FeatureModule",
                "package test;",                                                                   // 1
                "@dev.aerie.api.http.Filters(Stamp.class)",                                        // 2
                "@dev.aerie.api.Module(controllers = test.Books.class, providers = test.Stamp.class)", // 3
                "public final class FeatureModule {}");                                            // 4
        Compilation compilation = compile(root, feature, BOOKS, NOT_A_FILTER);
        assertThat(compilation).hadErrorContaining("[Aerie/BadFilter] @Filters on FeatureModule is not used: filters run around every request "
                + "of the server, so only the root module lists them; move them to the root module").inFile(feature).onLine(4);
    }
}
