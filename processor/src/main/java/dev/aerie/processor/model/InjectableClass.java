package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.GeneratedClass;
import java.util.List;

/**
 * What the factory of an injectable class does: call the constructor, inject members in
 * JSR-330 order (supertypes first, fields before methods), and run lifecycle methods.
 *
 * @param type the injectable class
 * @param publicType whether it can be named from any package
 * @param constructor the constructor's parameters
 * @param members injected fields and methods, in injection order
 * @param onStart {@code @OnStart} methods, supertypes first
 * @param onStop {@code @OnStop} methods, supertypes first
 * @param inPlace whether the container calls {@code new type(...)} itself, so no factory is
 *     generated: the class and its constructor are public, the constructor takes only types every
 *     package can name, and there are no injected members or lifecycle methods
 */
public record InjectableClass(
        ClassName type,
        boolean publicType,
        List<Parameter> constructor,
        List<MemberCall> members,
        List<MemberCall> onStart,
        List<MemberCall> onStop,
        boolean inPlace) {

    public InjectableClass {
        constructor = List.copyOf(constructor);
        members = List.copyOf(members);
        onStart = List.copyOf(onStart);
        onStop = List.copyOf(onStop);
    }

    /** {@code BooksService_Factory}, next to the class. */
    public ClassName factory() {
        return factoryOf(type);
    }

    public static ClassName factoryOf(ClassName type) {
        return GeneratedClass.FACTORY.of(type);
    }
}
