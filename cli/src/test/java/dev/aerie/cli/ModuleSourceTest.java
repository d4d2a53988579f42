package dev.aerie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Adding a class to @Module(imports = ...) and an import statement, on the shapes users write. */
class ModuleSourceTest {
    private final ModuleSource editor = new ModuleSource("AppModule.java");

    private String addImport(String source) {
        return editor.addToAttribute(source, "imports", "ShopModule");
    }

    @Test
    void noArguments() {
        assertEquals("@Module(imports = ShopModule.class)\npublic final class AppModule {}",
                addImport("@Module\npublic final class AppModule {}"));
    }

    @Test
    void emptyParentheses() {
        assertEquals("@Module(imports = ShopModule.class) class A {}", addImport("@Module() class A {}"));
    }

    @Test
    void importsAbsentBesideOtherAttributes() {
        assertEquals("@Module(imports = ShopModule.class, providers = Tables.class) class A {}",
                addImport("@Module(providers = Tables.class) class A {}"));
    }

    @Test
    void aSingleClassBecomesAnArray() {
        assertEquals("@Module(imports = {ItemsModule.class, ShopModule.class}, providers = Tables.class) class A {}",
                addImport("@Module(imports = ItemsModule.class, providers = Tables.class) class A {}"));
    }

    @Test
    void anArrayOnOneLineGrows() {
        assertEquals("@Module(imports = {A.class, B.class, ShopModule.class})",
                addImport("@Module(imports = {A.class, B.class})"));
    }

    @Test
    void anArrayOverSeveralLinesKeepsItsLayout() {
        String before = """
                @Module(
                        imports = {
                            AModule.class,
                            BModule.class
                        },
                        providers = Tables.class)
                public final class AppModule {}
                """;
        String after = """
                @Module(
                        imports = {
                            AModule.class,
                            BModule.class,
                            ShopModule.class
                        },
                        providers = Tables.class)
                public final class AppModule {}
                """;
        assertEquals(after, addImport(before));
    }

    @Test
    void anEmptyArrayAndATrailingComma() {
        assertEquals("@Module(imports = {ShopModule.class})", addImport("@Module(imports = {})"));
        assertEquals("@Module(imports = {A.class, ShopModule.class,})", addImport("@Module(imports = {A.class,})"));
    }

    @Test
    void qualifiedAnnotationAndNestedArguments() {
        assertEquals("@dev.aerie.api.Module(imports = {a.b.C.class, ShopModule.class}, providers = {X.class, Y.class})",
                addImport("@dev.aerie.api.Module(imports = a.b.C.class, providers = {X.class, Y.class})"));
    }

    @Test
    void commentsAndStringsAreNotRead() {
        String source = """
                /** The root @Module; imports = {Nope.class} is documentation. */
                // @Module(imports = Old.class)
                @Module(providers = Tables.class) // imports = later
                class AppModule { String s = "@Module(imports = X.class)"; }
                """;
        assertEquals(source.replace("@Module(providers", "@Module(imports = ShopModule.class, providers"),
                addImport(source));
    }

    @Test
    void refusesWhatItCannotUnderstand() {
        assertRefused("no @Module annotation found", "class A {}");
        assertRefused("2 @Module annotations found", "@Module class A {} @Module class B {}");
        assertRefused("imports = MODULES is neither a class literal nor an array", "@Module(imports = MODULES) class A {}");
        assertRefused("imports lists 'MORE', which is not a class literal", "@Module(imports = {A.class, MORE}) class A {}");
        assertRefused("imports already lists ShopModule.class", "@Module(imports = {A.class, ShopModule.class}) class A {}");
        assertRefused("imports already lists ShopModule.class", "@Module(imports = ShopModule.class) class A {}");
        assertRefused("parentheses do not balance", "@Module(imports = {A.class) class A {}");
        assertRefused("cannot read the @Module argument 'Foo.class'", "@Module(Foo.class) class A {}");
    }

    private void assertRefused(String expected, String source) {
        CliException e = assertThrows(CliException.class, () -> addImport(source));
        assertTrue(e.getMessage().startsWith("cannot edit AppModule.java: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was written."), e.getMessage());
    }

    @Test
    void importsAreInsertedInOrder() {
        String source = "package com.example.shop;\n\nimport dev.aerie.Aerie;\nimport dev.aerie.api.Module;\nimport java.util.List;\n\n@Module class A {}\n";
        assertEquals("package com.example.shop;\n\nimport com.example.shop.products.ProductsModule;\nimport dev.aerie.Aerie;\nimport dev.aerie.api.Module;\nimport java.util.List;\n\n@Module class A {}\n",
                editor.addImport(source, "com.example.shop.products.ProductsModule"));
        assertEquals("package com.example.shop;\n\nimport dev.aerie.Aerie;\nimport dev.aerie.api.Module;\nimport java.util.List;\nimport org.x.Y;\n\n@Module class A {}\n",
                editor.addImport(source, "org.x.Y"));
    }

    @Test
    void importsNotNeededAreNotAdded() {
        String source = "package com.example.shop;\n\nimport org.x.*;\nimport org.y.Y;\n\nclass A {}\n";
        assertEquals(source, editor.addImport(source, "com.example.shop.SameModule"), "same package");
        assertEquals(source, editor.addImport(source, "org.x.Z"), "on demand");
        assertEquals(source, editor.addImport(source, "org.y.Y"), "already there");
    }

    @Test
    void theFirstImportGoesAfterThePackage() {
        assertEquals("package a.b;\n\nimport c.D;\n\nclass A {}\n", editor.addImport("package a.b;\n\nclass A {}\n", "c.D"));
        assertEquals("package a.b;\n\nimport static x.Y.z;\nimport c.D;\n\nclass A {}\n",
                editor.addImport("package a.b;\n\nimport static x.Y.z;\n\nclass A {}\n", "c.D"));
    }
}
