package dev.aerie.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedClassTest {

    @Test
    void theSimpleNamesAreJoinedAndTheSuffixAppendedInTheSamePackage() {
        assertEquals(ClassName.get("p", "BooksService_Factory"), GeneratedClass.FACTORY.of(ClassName.get("p", "BooksService")));
        assertEquals(ClassName.get("p.q", "Outer_App_Application"),
                GeneratedClass.APPLICATION.of(ClassName.get("p.q", "Outer", "App")));
        assertEquals(ClassName.get("p", "Book_"), GeneratedClass.METAMODEL.of(ClassName.get("p", "Book")));
    }

    @Test
    void everyKindHasItsOwnSuffix() {
        Set<String> suffixes = Arrays.stream(GeneratedClass.values()).map(GeneratedClass::suffix).collect(Collectors.toSet());
        assertEquals(GeneratedClass.values().length, suffixes.size());
    }
}
