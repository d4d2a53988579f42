package dev.aerie.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.http.HttpErrorsTest.compile;
import static dev.aerie.processor.http.HttpErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code Request} is request-scoped: a singleton that injects it is refused like any scope leak. */
class RequestValueErrorsTest {

    @Test
    void aSingletonCannotKeepTheRequest() {
        JavaFileObject module = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.Books.class, providers = test.Audit.class)",
                "public final class AppModule {}");
        JavaFileObject audit = source("test.Audit",
                "package test;",                                                        // 1
                "@dev.aerie.api.Injectable",                                            // 2
                "public final class Audit {",                                           // 3
                "    Audit(dev.aerie.api.http.Request request) {}",                     // 4
                "}");
        JavaFileObject books = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get public String list(Audit audit) { return \"\"; }",
                "}");
        Compilation compilation = compile(module, audit, books);
        assertThat(compilation).hadErrorContaining("[Aerie/ScopeLeak]");
        assertThat(compilation).hadErrorContaining("depends on request-scoped dev.aerie.api.http.Request")
                .inFile(audit).onLine(4);
    }
}
