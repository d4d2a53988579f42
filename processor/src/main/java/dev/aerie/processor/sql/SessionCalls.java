package dev.aerie.processor.sql;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the raw-SQL calls on {@code dev.aerie.api.db.Session} in the method bodies javac has
 * just attributed ({@link TaskEvent.Kind#ANALYZE}, after annotation processing, so every entity
 * is known) and checks those whose SQL is a compile-time constant; SQL built at run time gets a
 * warning. A listener registered by the processor rather than a {@code -Xplugin}: the processor
 * path stays the only set-up.
 */
final class SessionCalls implements TaskListener {
    static final String SESSION = "dev.aerie.api.db.Session";
    private static final Set<String> SQL_METHODS = Set.of("fetchAll", "fetchOne", "fetchVal", "execute", "executeMany",
            "iterate", "fetchAllEach");
    private static final String UNCHECKED = "dev.aerie.api.db.UncheckedSql";
    private static final String GENERATED = "javax.annotation.processing.Generated";

    private final Trees trees;
    private final Elements elements;
    private final Types types;
    private final Supplier<SqlChecker> checker;
    private final Supplier<SqlSchema> schema;

    SessionCalls(Trees trees, Elements elements, Types types, Supplier<SqlChecker> checker, Supplier<SqlSchema> schema) {
        this.trees = trees;
        this.elements = elements;
        this.types = types;
        this.checker = checker;
        this.schema = schema;
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getCompilationUnit() == null
                || event.getTypeElement() == null || generated(event.getTypeElement())) {
            return;
        }
        TypeElement session = elements.getTypeElement(SESSION);
        if (session == null) {
            return;
        }
        CompilationUnitTree unit = event.getCompilationUnit();
        TreePath classPath = trees.getPath(event.getTypeElement());
        if (classPath == null) {
            return;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                Element invoked = trees.getElement(getCurrentPath());
                if (invoked instanceof ExecutableElement method && SQL_METHODS.contains(method.getSimpleName().toString())
                        && method.getEnclosingElement() instanceof TypeElement owner
                        && types.isSubtype(types.erasure(owner.asType()), types.erasure(session.asType()))) {
                    check(call, method, getCurrentPath(), unit);
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(classPath, null);
    }

    private void check(MethodInvocationTree call, ExecutableElement method, TreePath path, CompilationUnitTree unit) {
        List<? extends VariableElement> params = method.getParameters();
        int sqlIndex = -1;
        for (int i = 0; i < params.size(); i++) {
            if (types.erasure(params.get(i).asType()).toString().equals("java.lang.String")) {
                sqlIndex = i;
                break;
            }
        }
        if (sqlIndex < 0 || sqlIndex >= call.getArguments().size()) {
            return;
        }
        ExpressionTree sqlArgument = call.getArguments().get(sqlIndex);
        Optional<String> sql = constant(sqlArgument, new TreePath(path, sqlArgument));
        if (suppressed(path)) {
            return;
        }
        if (sql.isEmpty()) {
            report(new Finding(DiagnosticKind.UNCHECKED_SQL, "the SQL passed to Session." + method.getSimpleName()
                    + " is built at run time, so the checker cannot see it.", "Make it a constant (a literal or a static"
                    + " final String), or put @UncheckedSql on the method to say it is safe: never concatenate request"
                    + " input into SQL, bind it as a :name parameter."), sqlArgument, unit);
            return;
        }
        String name = method.getSimpleName().toString();
        boolean oneMap = sqlIndex + 1 < call.getArguments().size() && !name.equals("executeMany") && !name.equals("fetchAllEach");
        Optional<Set<String>> supplied = oneMap ? mapKeys(call.getArguments().get(sqlIndex + 1), path)
                : sqlIndex + 1 == call.getArguments().size() ? Optional.of(Set.of()) : Optional.empty();
        Optional<TypeMirror> resultClass = sqlIndex == 1 ? classLiteral(call.getArguments().get(0), path) : Optional.empty();
        Optional<SqlChecker.ResultType> record = resultClass.flatMap(t -> ResultTypes.record(t, schema.get()));
        Optional<SqlSchema.SqlType> scalar = name.equals("fetchVal") ? resultClass.flatMap(ResultTypes::scalar) : Optional.empty();
        SqlChecker.Expectation expectation = new SqlChecker.Expectation(supplied, oneMap ? "the Map.of(...) keys" : "the parameters passed (none)", record, scalar);
        for (Finding finding : checker.get().check(sql.get(), expectation)) {
            report(finding, sqlArgument, unit);
        }
    }

    private void report(Finding finding, Tree at, CompilationUnitTree unit) {
        // the format of every Aerie message (ProcessorContext.format): this one bypasses the Messager, which has no tree position
        String text = "[Aerie/" + finding.kind().label() + "] " + finding.message() + " " + finding.fix();
        trees.printMessage(finding.kind().warning() ? javax.tools.Diagnostic.Kind.WARNING : javax.tools.Diagnostic.Kind.ERROR,
                text, at, unit);
    }

    /** The value of a String constant expression: literals, constant fields and {@code +} of them. */
    private Optional<String> constant(ExpressionTree tree, TreePath path) {
        if (tree instanceof LiteralTree literal) {
            return literal.getValue() instanceof String s ? Optional.of(s) : Optional.empty();
        }
        if (tree instanceof ParenthesizedTree parenthesized) {
            return constant(parenthesized.getExpression(), new TreePath(path, parenthesized.getExpression()));
        }
        if (tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
            Optional<String> left = constantValue(binary.getLeftOperand(), path);
            Optional<String> right = constantValue(binary.getRightOperand(), path);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        Element element = trees.getElement(path);
        if (element instanceof VariableElement variable && variable.getConstantValue() != null) {
            return Optional.of(variable.getConstantValue().toString());
        }
        return Optional.empty();
    }

    /** Like {@link #constant} for an operand of {@code +}, where numbers and chars are constants too. */
    private Optional<String> constantValue(ExpressionTree tree, TreePath parent) {
        if (tree instanceof LiteralTree literal && literal.getValue() != null) {
            return Optional.of(literal.getValue().toString());
        }
        return constant(tree, new TreePath(parent, tree));
    }

    /** The keys of a {@code Map.of("a", x, ...)} literal; empty when the map is built some other way. */
    private Optional<Set<String>> mapKeys(ExpressionTree tree, TreePath parent) {
        if (!(tree instanceof MethodInvocationTree call) || !(call.getMethodSelect() instanceof MemberSelectTree select)
                || !select.getIdentifier().contentEquals("of")) {
            return Optional.empty();
        }
        Element invoked = trees.getElement(new TreePath(parent, tree));
        if (!(invoked instanceof ExecutableElement method) || !(method.getEnclosingElement() instanceof TypeElement owner)
                || !owner.getQualifiedName().contentEquals("java.util.Map")) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        List<? extends ExpressionTree> args = call.getArguments();
        for (int i = 0; i < args.size(); i += 2) {
            Optional<String> key = constant(args.get(i), new TreePath(new TreePath(parent, tree), args.get(i)));
            if (key.isEmpty()) {
                return Optional.empty();
            }
            keys.add(key.get());
        }
        return Optional.of(keys);
    }

    /** The type named by an {@code X.class} argument. */
    private Optional<TypeMirror> classLiteral(ExpressionTree tree, TreePath parent) {
        if (tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class")) {
            TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(parent, tree), select.getExpression()));
            return Optional.ofNullable(type);
        }
        return Optional.empty();
    }

    /** Whether an enclosing declaration carries @UncheckedSql or @SuppressWarnings("UncheckedSql"). */
    private boolean suppressed(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            Tree.Kind kind = p.getLeaf().getKind();
            if (kind == Tree.Kind.METHOD || kind == Tree.Kind.VARIABLE || kind == Tree.Kind.CLASS
                    || kind == Tree.Kind.RECORD || kind == Tree.Kind.ENUM || kind == Tree.Kind.INTERFACE) {
                Element element = trees.getElement(p);
                if (element != null && silences(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean silences(Element element) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
            String name = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.equals(UNCHECKED)) {
                return true;
            }
            if (name.equals("java.lang.SuppressWarnings") && a.getElementValues().values().stream()
                    .anyMatch(v -> v.toString().contains("\"UncheckedSql\""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean generated(TypeElement type) {
        return type.getAnnotationMirrors().stream().anyMatch(a ->
                ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(GENERATED)
                        && a.getElementValues().values().stream().anyMatch(v -> v.toString().contains("dev.aerie.processor")));
    }
}
