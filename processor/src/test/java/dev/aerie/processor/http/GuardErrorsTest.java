package dev.aerie.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.http.HttpErrorsTest.compile;
import static dev.aerie.processor.http.HttpErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The compile errors of guards attached with {@code @Guarded}, with message and line. */
class GuardErrorsTest {

    static final JavaFileObject AUTH = source("test.Auth",
            "package test;",
            "@dev.aerie.api.Injectable",
            "public final class Auth implements dev.aerie.api.http.Guard {",
            "    @Override public void check(dev.aerie.api.http.Request request, dev.aerie.api.http.Route route) {}",
            "}");

    @Test
    void aGuardThatIsNotBound() {
        JavaFileObject module = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.Books.class)",
                "public final class AppModule {}");
        JavaFileObject books = source("test.Books",
                "package test;",                                             // 1
                "import dev.aerie.api.http.*;",                              // 2
                "@Controller(\"/books\")",                                    // 3
                "public final class Books {",                                // 4
                "    @Guarded(Auth.class)",                                  // 5
                "    @Get public String list() { return \"\"; }",             // 6
                "}");
        Compilation compilation = compile(module, books, AUTH);
        assertThat(compilation).hadErrorContaining("[Aerie/MissingBinding] Guard Auth attached to Books.list is not bound in the application; "
                + "list Auth in the providers of a module (a guard is an ordinary injectable)").inFile(books).onLine(6);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aControllerGuardTheControllersModuleDoesNotSee() {
        JavaFileObject root = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(imports = {test.BooksModule.class, test.SecurityModule.class})",
                "public final class AppModule {}");
        JavaFileObject books = source("test.BooksModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.Books.class)",
                "public final class BooksModule {}");
        JavaFileObject security = source("test.SecurityModule",
                "package test;",
                "@dev.aerie.api.Module(providers = test.Auth.class, exports = test.Auth.class)",
                "public final class SecurityModule {}");
        JavaFileObject controller = source("test.Books",
                "package test;",                                             // 1
                "import dev.aerie.api.http.*;",                              // 2
                "@Guarded(Auth.class)",                                      // 3
                "@Controller(\"/books\")",                                    // 4
                "public final class Books {",                                // 5
                "    @Get public String list() { return \"\"; }",             // 6
                "}");
        Compilation compilation = compile(root, books, security, controller, AUTH);
        assertThat(compilation).hadErrorContaining("[Aerie/NotExported] Guard Auth attached to controller Books is not visible to BooksModule: "
                + "import module SecurityModule in BooksModule").inFile(controller).onLine(5);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aGuardAnAnnotationBringsIsCheckedOnTheMethodCarryingIt() {
        JavaFileObject root = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(imports = {test.BooksModule.class, test.SecurityModule.class})",
                "public final class AppModule {}");
        JavaFileObject books = source("test.BooksModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.Books.class)",
                "public final class BooksModule {}");
        JavaFileObject security = source("test.SecurityModule",
                "package test;",
                "@dev.aerie.api.Module(providers = test.Auth.class, exports = test.Auth.class)",
                "public final class SecurityModule {}");
        JavaFileObject roles = source("test.Roles",
                "package test;",
                "@dev.aerie.api.http.Guarded(Auth.class)",
                "public @interface Roles { String[] value(); }");
        JavaFileObject controller = source("test.Books",
                "package test;",                                             // 1
                "import dev.aerie.api.http.*;",                              // 2
                "@Controller(\"/books\")",                                    // 3
                "public final class Books {",                                // 4
                "    @Roles(\"admin\")",                                      // 5
                "    @Get public String list() { return \"\"; }",             // 6
                "}");
        Compilation compilation = compile(root, books, security, roles, controller, AUTH);
        assertThat(compilation).hadErrorContaining("[Aerie/NotExported] Guard Auth attached to Books.list is not visible to BooksModule: "
                + "import module SecurityModule in BooksModule").inFile(controller).onLine(6);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aModuleGuardIsCheckedWhereItIsAttached() {
        JavaFileObject root = source("test.AppModule",
                "package test;",                                             // 1
                "import dev.aerie.api.http.Guarded;",                        // 2
                "@Guarded(Auth.class)",                                      // 3
                "@dev.aerie.api.Module(imports = test.SecurityModule.class, controllers = test.Books.class)", // 4
                "public final class AppModule {}");                          // 5
        JavaFileObject security = source("test.SecurityModule",
                "package test;",
                "@dev.aerie.api.Module(providers = test.Auth.class)",
                "public final class SecurityModule {}");
        JavaFileObject controller = source("test.Books",
                "package test;",
                "import dev.aerie.api.http.*;",
                "@Controller(\"/books\")",
                "public final class Books {",
                "    @Get public String list() { return \"\"; }",
                "    @Get(\"/{id}\") public String get(long id) { return \"\"; }",
                "}");
        Compilation compilation = compile(root, security, controller, AUTH);
        assertThat(compilation).hadErrorContaining("[Aerie/NotExported] Guard Auth attached to module AppModule is not visible to AppModule: "
                + "add Auth to SecurityModule's exports").inFile(root).onLine(5);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anInterceptorThatIsNotBound() {
        JavaFileObject module = source("test.AppModule",
                "package test;",
                "@dev.aerie.api.Module(controllers = test.Books.class)",
                "public final class AppModule {}");
        JavaFileObject timing = source("test.Timing",
                "package test;",
                "@dev.aerie.api.Injectable",
                "public final class Timing implements dev.aerie.api.http.Interceptor {",
                "    @Override public Object intercept(dev.aerie.api.http.Invocation call) throws Exception { return call.proceed(); }",
                "}");
        JavaFileObject books = source("test.Books",
                "package test;",                                             // 1
                "import dev.aerie.api.http.*;",                              // 2
                "@Intercepted(Timing.class)",                                // 3
                "@Controller(\"/books\")",                                    // 4
                "public final class Books {",                                // 5
                "    @Get public String list() { return \"\"; }",             // 6
                "}");
        Compilation compilation = compile(module, books, timing);
        assertThat(compilation).hadErrorContaining("[Aerie/MissingBinding] Interceptor Timing attached to controller Books is not bound in the "
                + "application; list Timing in the providers of a module (an interceptor is an ordinary injectable)")
                .inFile(books).onLine(5);
        assertThat(compilation).hadErrorCount(1);
    }
}
