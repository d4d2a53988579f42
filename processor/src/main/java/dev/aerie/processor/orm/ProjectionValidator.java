package dev.aerie.processor.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks {@code @Projection} records: records only, every component of a supported type, distinct labels. */
final class ProjectionValidator {
    private ProjectionValidator() {}

    static List<Problem> validate(ProjectionModel projection) {
        List<Problem> problems = new ArrayList<>();
        String name = projection.qualifiedName();
        if (!projection.record()) {
            problems.add(new Problem(projection.origin(), "@Projection " + name
                    + " is not a record; declare it as a record whose components name the result columns"));
            return problems;
        }
        Map<String, FieldModel> labels = new HashMap<>();
        for (FieldModel component : projection.components()) {
            if (!component.type().supported()) {
                problems.add(new Problem(component.origin(), "Component '" + component.name() + "' of @Projection " + name
                        + " has type " + component.type().display() + ", which no column can be read as; use one of "
                        + EntityValidator.SUPPORTED_TYPES));
                continue;
            }
            FieldModel clash = labels.putIfAbsent(component.column().toLowerCase(Locale.ROOT), component);
            if (clash != null) {
                problems.add(new Problem(component.origin(), "Component '" + component.name() + "' of @Projection " + name
                        + " reads column '" + component.column() + "', which component '" + clash.name()
                        + "' already reads; rename one with @Column(name = \"...\")"));
            }
        }
        return problems;
    }
}
