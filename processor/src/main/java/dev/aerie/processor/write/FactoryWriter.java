package dev.aerie.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.model.InjectableClass;
import dev.aerie.processor.model.MemberCall;
import dev.aerie.processor.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>_Factory}: a public entry point, in the class's own package, that calls
 * its (possibly package-private) constructor and injects its members, so the container never
 * needs reflection.
 */
public final class FactoryWriter {
    private FactoryWriter() {}

    public static JavaFile write(InjectableClass injectable) {
        TypeName type = injectable.type();
        TypeName shown = injectable.publicType() ? type : ClassName.OBJECT;
        List<Parameter> all = new ArrayList<>(injectable.constructor());
        injectable.members().forEach(m -> all.addAll(m.parameters()));

        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addJavadoc("Creates a {@link $T}: calls its constructor, then injects its fields and methods,\n"
                        + "supertypes first and fields before methods (JSR-330 order).\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(shown);
        for (Parameter p : all) {
            create.addParameter(ParameterSpec.builder(Generated.parameterType(p.dependency()), p.name()).build());
        }
        if (all.stream().anyMatch(Generated::unchecked)) {
            create.addAnnotation(unchecked());
        }
        create.addStatement("$T instance = new $T($L)", type, type,
                CodeBlock.join(injectable.constructor().stream().map(Generated::argument).toList(), ", "));
        for (MemberCall member : injectable.members()) {
            create.addCode(call(member));
        }
        create.addStatement("return instance");

        TypeSpec.Builder factory = TypeSpec.classBuilder(injectable.factory())
                .addAnnotation(Generation.GENERATED)
                .addJavadoc("Creates {@link $T} for the Aerie container.\n", type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(create.build());
        if (!injectable.onStart().isEmpty()) {
            factory.addMethod(hooks("start", "@OnStart", injectable, injectable.onStart()));
        }
        if (!injectable.onStop().isEmpty()) {
            factory.addMethod(hooks("stop", "@OnStop", injectable, injectable.onStop()));
        }
        return Generation.javaFile(injectable.type().packageName(), factory.build());
    }

    static AnnotationSpec unchecked() {
        return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
    }

    private static CodeBlock call(MemberCall member) {
        CodeBlock args = CodeBlock.join(member.parameters().stream().map(Generated::argument).toList(), ", ");
        if (!member.declaringIsTarget()) {
            return CodeBlock.builder()
                    .addStatement("$T.$N(instance$L)", member.helperClass(), member.helperMethod(),
                            member.parameters().isEmpty() ? "" : CodeBlock.of(", $L", args))
                    .build();
        }
        if (member.field()) {
            return CodeBlock.builder().addStatement("instance.$N = $L", member.name(), args).build();
        }
        return CodeBlock.builder().addStatement("instance.$N($L)", member.name(), args).build();
    }

    private static MethodSpec hooks(String name, String annotation, InjectableClass injectable, List<MemberCall> calls) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("Runs the $L methods of {@link $T}, supertypes first.\n", annotation, injectable.type())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        if (injectable.publicType()) {
            method.addParameter(injectable.type(), "instance");
        } else {
            method.addParameter(ClassName.OBJECT, "object");
            method.addStatement("$T instance = ($T) object", injectable.type(), injectable.type());
        }
        calls.forEach(c -> method.addCode(call(c)));
        return method.build();
    }
}
