package dev.aerie.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.aerie.processor.codegen.Generation;
import dev.aerie.processor.model.MemberCall;
import dev.aerie.processor.model.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Superclass>_MembersInjector}: public static methods, in the superclass's own
 * package, that inject its package-private or protected members into instances of subclasses
 * from other packages (as Dagger does), and call its lifecycle methods.
 */
public final class MembersInjectorWriter {
    private MembersInjectorWriter() {}

    /** {@code calls} all declared by the same class; duplicates (same helper method) are written once. */
    public static JavaFile write(ClassName declaring, boolean publicDeclaring, Collection<MemberCall> calls) {
        Map<String, MemberCall> byHelper = new TreeMap<>();
        calls.forEach(c -> byHelper.putIfAbsent(c.helperMethod(), c));
        TypeSpec.Builder type = TypeSpec.classBuilder(MemberCall.membersInjectorOf(declaring))
                .addAnnotation(Generation.GENERATED)
                .addJavadoc("Injects the members of {@link $T} into subclasses in other packages.\n", declaring)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (MemberCall call : byHelper.values()) {
            type.addMethod(method(declaring, publicDeclaring, call));
        }
        return Generation.javaFile(declaring.packageName(), type.build());
    }

    private static String helperParameterName(Parameter p) {
        return p.sourceName().equals("instance") || p.sourceName().equals("object") ? p.sourceName() + "Value" : p.sourceName();
    }

    private static MethodSpec method(ClassName declaring, boolean publicDeclaring, MemberCall call) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(call.helperMethod())
                .addJavadoc(call.field() ? "Sets {@link $T#$L}.\n" : "Calls {@link $T#$L}.\n", declaring, call.name())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        // parameters keep their declared names: the same helper serves every subclass
        call = new MemberCall(call.declaringClass(), call.declaringIsTarget(), call.name(), call.field(),
                call.parameters().stream().map(p -> new Parameter(helperParameterName(p), p.sourceName(), p.dependency(),
                        p.declaredType())).toList(), call.helperMethod(), call.declaringGeneric());
        boolean generic = !call.declaringGeneric().isEmpty();
        List<TypeVariableName> variables = call.declaringGeneric().stream().map(TypeVariableName::get).toList();
        method.addTypeVariables(variables);
        TypeName instanceType = generic
                ? ParameterizedTypeName.get(declaring, variables.toArray(TypeName[]::new)) : declaring;
        if (publicDeclaring) {
            method.addParameter(instanceType, "instance");
        } else {
            method.addParameter(ClassName.OBJECT, "object");
            if (generic) {
                method.addAnnotation(FactoryWriter.unchecked());
            }
            method.addStatement("$T instance = ($T) object", instanceType, instanceType);
        }
        boolean unchecked = false;
        for (Parameter p : call.parameters()) {
            if (generic) {
                method.addParameter(p.declaredType(), p.name());
            } else {
                method.addParameter(Generated.parameterType(p.dependency()), p.name());
                unchecked |= Generated.unchecked(p);
            }
        }
        if (unchecked && publicDeclaring) {
            method.addAnnotation(FactoryWriter.unchecked());
        }
        CodeBlock args = CodeBlock.join(call.parameters().stream()
                .map(p -> generic ? CodeBlock.of("$N", p.name()) : Generated.argument(p)).toList(), ", ");
        if (call.field()) {
            method.addStatement("instance.$N = $L", call.name(), args);
        } else {
            method.addStatement("instance.$N($L)", call.name(), args);
        }
        return method.build();
    }
}
