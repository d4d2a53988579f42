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
}
