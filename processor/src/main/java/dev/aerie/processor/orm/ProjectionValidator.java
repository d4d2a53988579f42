package dev.aerie.processor.orm;

import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks {@code @Projection} records: records only, every component of a supported type, distinct labels. */
final class ProjectionValidator {
    private ProjectionValidator() {}

    static List<Diagnostic> validate(ProjectionModel projection, Blame blame) {
        List<Diagnostic> problems = new ArrayList<>();
        String name = projection.qualifiedName();
        if (!projection.record()) {
            problems.add(blame.at(DiagnosticKind.BAD_PROJECTION, projection.origin(), "@Projection " + name
                    + " is not a record;",
                    "declare it as a record whose components name the result columns"));
            return problems;
        }
        Map<String, FieldModel> labels = new HashMap<>();
        for (FieldModel component : projection.components()) {
            if (!component.type().supported()) {
                problems.add(blame.at(DiagnosticKind.BAD_PROJECTION, component.origin(),
                        "Component '" + component.name() + "' of @Projection " + name
                        + " has type " + component.type().display() + ", which no column can be read as;",
                        "use one of "
                        + EntityValidator.SUPPORTED_TYPES));
                continue;
            }
            FieldModel clash = labels.putIfAbsent(component.column().toLowerCase(Locale.ROOT), component);
            if (clash != null) {
                problems.add(blame.at(DiagnosticKind.NAME_CLASH, component.origin(),
                        "Component '" + component.name() + "' of @Projection " + name
                        + " reads column '" + component.column() + "', which component '" + clash.name()
                        + "' already reads;",
                        "rename one with @Column(name = \"...\")"));
            }
        }
        return problems;
    }

    /** The sources of a joined projection's components, or the problems that leave one unresolved. */
    record Resolved(List<ProjectionModel.Source> sources, List<Diagnostic> problems) {}

    /**
     * For a {@code @Projection(from = ...)}: each component's column, taken from the first entity of
     * {@code from} that has a column of the component's name, checked for type and nullability.
     */
    static Resolved resolve(ProjectionModel projection, List<EntityModel> entities, Blame blame) {
        String name = projection.qualifiedName();
        List<Diagnostic> problems = new ArrayList<>();
        List<EntityModel> from = new ArrayList<>();
        for (String entity : projection.from()) {
            entities.stream().filter(e -> e.qualifiedName().equals(entity)).findFirst().ifPresentOrElse(from::add,
                    () -> problems.add(blame.at(DiagnosticKind.BAD_PROJECTION, projection.origin(), "@Projection " + name
                            + " reads from " + entity + ", which is not an @Entity of this compilation;",
                            "list only entities in @Projection(from = ...), compiled with the projection")));
        }
        if (!problems.isEmpty()) {
            return new Resolved(List.of(), problems);
        }
        List<ProjectionModel.Source> sources = new ArrayList<>();
        for (FieldModel component : projection.components()) {
            String label = component.column().toLowerCase(Locale.ROOT);
            ProjectionModel.Source source = null;
            for (EntityModel entity : from) {
                for (FieldModel column : entity.columns()) {
                    if (source == null && column.column().toLowerCase(Locale.ROOT).equals(label)) {
                        source = new ProjectionModel.Source(entity, column);
                    }
                }
            }
            if (source == null) {
                problems.add(blame.at(DiagnosticKind.BAD_PROJECTION, component.origin(), "Component '" + component.name()
                        + "' of @Projection " + name + " reads column '" + label + "', which none of its entities has ("
                        + String.join("; ", from.stream().map(e -> e.table() + ": " + String.join(", ",
                                e.columns().stream().map(FieldModel::column).toList())).toList()) + ");",
                        "rename the component after one of those columns, name the column with @Column(name = \"...\"), "
                        + "or add its entity to @Projection(from = ...)"));
                continue;
            }
            FieldModel column = source.column();
            boolean sameType = column.type().supported() && component.type().supported()
                    && column.type().valueKind() == component.type().valueKind()
                    && column.type().enumClass().equals(component.type().enumClass());
            if (!sameType) {
                problems.add(blame.at(DiagnosticKind.BAD_PROJECTION, component.origin(), "Component '" + component.name()
                        + "' of @Projection " + name + " has type " + component.type().display() + ", but column "
                        + source.entity().table() + "." + column.column() + " holds " + column.type().display() + ";",
                        "declare the component as " + column.type().display() + " (or its box)"));
            } else if (component.type().primitive() && column.nullable()) {
                problems.add(blame.at(DiagnosticKind.BAD_PROJECTION, component.origin(), "Component '" + component.name()
                        + "' of @Projection " + name + " has primitive type " + component.type().display() + ", but column "
                        + source.entity().table() + "." + column.column() + " may be NULL;",
                        "use the box type, and @Nullable"));
            } else {
                sources.add(source);
            }
        }
        return new Resolved(problems.isEmpty() ? sources : List.of(), problems);
    }
}
