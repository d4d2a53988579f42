package dev.aerie.test;

import dev.aerie.api.Container;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.orm.RequestBoundSession;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link AerieTest}. The application starts on first need (the
 * first test's set-up, or a constructor parameter), after the class's {@code @BeforeAll} methods,
 * and stops when the class is done.
 */
public final class AerieExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AerieExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        AerieTest test = annotation(context);
        RunningApp app = app(context);
        if (test.cleanTables()) {
            app.cleanTables();
        }
        if (test.rollback()) {
            RequestContext scope = RequestScope.open();
            // the test thread's sessions are forceRollback ones: code under test that commits
            // (commit(), a block, withSession) only moves a savepoint
            RequestBoundSession.rollbackOnly(scope);
            context.getStore(NAMESPACE).put(RequestContext.class, scope);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RequestContext scope = context.getStore(NAMESPACE).remove(RequestContext.class, RequestContext.class);
        if (scope != null) {
            scope.close(); // never completed: the test's session rolls back
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == AerieClient.class || type == URI.class || type == Container.class) {
            return true;
        }
        if (type.isPrimitive() || type.getName().startsWith("org.junit.") || type.getName().startsWith("java.")) {
            return false;
        }
        if (app(context).container().find(type).isPresent()) {
            return true;
        }
        // a class of the application that the root cannot see: claimed, so that the failure says
        // what to export instead of JUnit's "No ParameterResolver registered" (annotated parameters
        // are left to the extensions they are for)
        return parameter.getParameter().getAnnotations().length == 0 && inApplication(type, annotation(context).value());
    }

    /** Whether {@code type} lives in the root module's package or below it. */
    private static boolean inApplication(Class<?> type, Class<?> root) {
        String base = root.getPackageName();
        return !base.isEmpty() && (type.getPackageName().equals(base) || type.getPackageName().startsWith(base + "."));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        RunningApp app = app(context);
        if (type == AerieClient.class) {
            return app.client();
        }
        if (type == URI.class) {
            return app.baseUri();
        }
        if (type == Container.class) {
            return app.container();
        }
        return app.container().find(type)
                .orElseThrow(() -> new ParameterResolutionException(NotVisible.message(type, annotation(context).value())));
    }

    /** The class's running application, started on first call. */
    private static RunningApp app(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        AerieTest test = annotation(context);
        return classContext.getStore(NAMESPACE).computeIfAbsent(RunningApp.class, key -> RunningApp.start(test), RunningApp.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static AerieTest annotation(ExtensionContext context) {
        Optional<Class<?>> type = context.getTestClass();
        Class<?> current = type.orElseThrow(() -> new ExtensionConfigurationException("@AerieTest needs a test class"));
        for (Class<?> c = current; c != null; c = c.getEnclosingClass()) {
            AerieTest test = c.getAnnotation(AerieTest.class);
            if (test != null) {
                return test;
            }
        }
        throw new ExtensionConfigurationException(current.getName() + " uses AerieExtension without @AerieTest(AppModule.class)");
    }
}
