package dev.aerie.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aerie.processor.http.HttpErrorsTest.MODULE;
import static dev.aerie.processor.http.HttpErrorsTest.compile;
import static dev.aerie.processor.http.HttpErrorsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The compile errors of {@code @Cookie} and {@code @Form} parameters, with message and line. */
class CookieAndFormErrorsTest {

    @Test
    void aCookieCannotBeAList() {
        JavaFileObject books = source("test.Books",
                "package test;",                                                          // 1
                "import dev.aerie.api.http.*;",                                           // 2
                "@Controller(\"/books\")",                                                 // 3
                "public final class Books {",                                             // 4
                "    @Get public String list(@Cookie java.util.List<String> ids) { return \"\"; }", // 5
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] The cookie ids cannot be a List; a cookie has one value")
                .inFile(books).onLine(5);
    }

    @Test
    void aFormIsARecord() {
        JavaFileObject books = source("test.Books",
                "package test;",                                                          // 1
                "import dev.aerie.api.http.*;",                                           // 2
                "@Controller(\"/books\")",                                                 // 3
                "public final class Books {",                                             // 4
                "    @Post public String add(@Form String in) { return \"\"; }",           // 5
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] @Form parameter in is a java.lang.String; bind the form to a record "
                + "whose components are the fields").inFile(books).onLine(5);
    }

    @Test
    void aFormFieldMustConvertFromText() {
        JavaFileObject books = source("test.Books",
                "package test;",                                                          // 1
                "import dev.aerie.api.http.*;",                                           // 2
                "@Controller(\"/books\")",                                                 // 3
                "public final class Books {",                                             // 4
                "    public record In(String title, java.util.Map<String, String> extra) {}", // 5
                "    @Post public String add(@Form In in) { return \"\"; }",               // 6
                "}");
        Compilation compilation = compile(MODULE, books);
        assertThat(compilation).hadErrorContaining("[Aerie/BadParameter] Form field extra of In is a java.util.Map<java.lang.String,"
                + "java.lang.String>, which a form value cannot be converted to").inFile(books).onLine(6);
    }
}
