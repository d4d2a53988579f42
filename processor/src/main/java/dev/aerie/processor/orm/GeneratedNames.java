package dev.aerie.processor.orm;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.codegen.RuntimeTypes;
import java.util.List;

/** Names of the classes the ORM processor generates and of the runtime types they use. */
final class GeneratedNames {
    static final ClassName ENTITY_TABLE = RuntimeTypes.ENTITY_TABLE;
    static final ClassName COLUMN_INFO = ENTITY_TABLE.nestedClass("ColumnInfo");
    static final ClassName STATEMENT = ENTITY_TABLE.nestedClass("Statement");
    static final ClassName COLUMN_TYPE = RuntimeTypes.COLUMN_TYPE;
    static final ClassName COLUMN_READER = RuntimeTypes.COLUMN_READER;
    static final ClassName DIALECT = RuntimeTypes.DIALECT;
    static final ClassName COLUMN_REF = ClassName.get("dev.aerie.api.db", "ColumnRef");

    private GeneratedNames() {}

    static ClassName entity(EntityModel entity) {
        return className(entity.type());
    }

    static ClassName className(JavaType.ClassRef ref) {
        List<String> names = ref.simpleNames();
        return ClassName.get(ref.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    /** {@code Book_Table}; for a nested entity {@code Outer_Book_Table}, in the entity's package. */
    static ClassName table(EntityModel entity) {
        return GeneratedClass.TABLE.of(entity(entity));
    }

    /** {@code Book_}: the metamodel with one {@code ColumnRef} constant per column. */
    static ClassName metamodel(EntityModel entity) {
        return GeneratedClass.METAMODEL.of(entity(entity));
    }
}
