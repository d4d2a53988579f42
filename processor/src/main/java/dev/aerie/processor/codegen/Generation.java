package dev.aerie.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** What every generated Java file has in common: the {@code @Generated} marker and the layout. */
public final class Generation {
    /** The processor, as {@code @Generated} names it. */
    public static final String PROCESSOR = "dev.aerie.processor.AerieProcessor";

    /** {@code @javax.annotation.processing.Generated("dev.aerie.processor.AerieProcessor")}, on every generated type. */
    public static final AnnotationSpec GENERATED = AnnotationSpec.builder(
                    ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", PROCESSOR)
            .build();

    /** One level of indentation in generated files. */
    public static final String INDENT = "    ";

    private Generation() {}

    /** The file of a top-level generated type: {@code java.lang} types not imported, {@link #INDENT} indented. */
    public static JavaFile javaFile(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent(INDENT).build();
    }
}
