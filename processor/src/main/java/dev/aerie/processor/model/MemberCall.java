package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.GeneratedClass;
import java.util.List;

/**
 * An injected field or method, or a lifecycle method, of an injectable or one of its superclasses.
 *
 * @param declaringClass the class that declares it
 * @param declaringIsTarget whether it is declared by the injectable itself (called directly from
 *     its factory); otherwise it is called through {@code <Declaring>_MembersInjector}
 * @param name the field or method name
 * @param field whether it is a field
 * @param parameters the value for a field (one), the arguments for a method
 * @param helperMethod the name of the static method in the members injector
 * @param declaringGeneric the type variables of the declaring class, if it is generic
 */
public record MemberCall(
        ClassName declaringClass,
        boolean declaringIsTarget,
        String name,
        boolean field,
        List<Parameter> parameters,
        String helperMethod,
        List<String> declaringGeneric) {

    public MemberCall {
        parameters = List.copyOf(parameters);
        declaringGeneric = List.copyOf(declaringGeneric);
    }

    /** The generated class that reaches a superclass's members: {@code Tire_MembersInjector}. */
    public ClassName helperClass() {
        return membersInjectorOf(declaringClass);
    }

    public static ClassName membersInjectorOf(ClassName declaring) {
        return GeneratedClass.MEMBERS_INJECTOR.of(declaring);
    }
}
