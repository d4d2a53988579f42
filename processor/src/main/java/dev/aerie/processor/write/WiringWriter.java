package dev.aerie.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.model.ModuleWiring;
import dev.aerie.processor.model.Parameter;
import dev.aerie.processor.model.ProvidesMethod;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Module>_Wiring}: public entry points, in the module's own package, to the
 * module's constructor and its (possibly package-private) {@code @Provides} methods.
 */
public final class WiringWriter {
    private WiringWriter() {}

    public static JavaFile write(ModuleWiring wiring) {
        TypeName module = wiring.module();
        TypeName moduleShown = wiring.publicModule() ? module : ClassName.OBJECT;
        TypeSpec.Builder type = TypeSpec.classBuilder(wiring.wiring())
                .addAnnotation(Generation.GENERATED)
                .addJavadoc("Calls the @Provides methods of {@link $T} for the Aerie container.\n", module)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (wiring.needsInstance()) {
            type.addMethod(MethodSpec.methodBuilder("newModule")
                    .addJavadoc("The module instance whose @Provides methods the container calls.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(moduleShown)
                    .addStatement("return new $T()", module)
                    .build());
        }
        for (ProvidesMethod provides : wiring.methods()) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(provides.wiringName())
                    .addJavadoc("Calls {@link $T#$L}.\n", module, provides.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(provides.publicReturn() ? provides.returnType() : ClassName.OBJECT);
            if (!provides.isStatic()) {
                method.addParameter(ParameterSpec.builder(moduleShown, "module").build());
            }
            for (Parameter p : provides.parameters()) {
                method.addParameter(Generated.parameterType(p.dependency()), p.name());
            }
            if (provides.parameters().stream().anyMatch(Generated::unchecked)) {
                method.addAnnotation(FactoryWriter.unchecked());
            }
            CodeBlock args = CodeBlock.join(provides.parameters().stream().map(Generated::argument).toList(), ", ");
            if (provides.isStatic()) {
                method.addStatement("return $T.$N($L)", module, provides.name(), args);
            } else if (wiring.publicModule()) {
                method.addStatement("return module.$N($L)", provides.name(), args);
            } else {
                method.addStatement("return (($T) module).$N($L)", module, provides.name(), args);
            }
            type.addMethod(method.build());
        }
        return Generation.javaFile(wiring.module().packageName(), type.build());
    }
}
