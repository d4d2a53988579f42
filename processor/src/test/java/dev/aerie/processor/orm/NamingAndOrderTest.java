package dev.aerie.processor.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Naming and table order on plain models, without a compiler. */
class NamingAndOrderTest {

    @Test
    void snakeCase() {
        assertEquals("book_author", Names.snakeCase("BookAuthor"));
        assertEquals("published_on", Names.snakeCase("publishedOn"));
        assertEquals("isbn_code", Names.snakeCase("ISBNCode"));
        assertEquals("isbn", Names.snakeCase("isbn"));
        assertEquals("address2_line", Names.snakeCase("address2Line"));
        assertEquals("url", Names.snakeCase("URL"));
    }

    @Test
    void referencedTablesComeFirstThenByName() {
        EntityModel a = entity("p.A", "a", Optional.of("p.C"));
        EntityModel b = entity("p.B", "b", Optional.empty());
        EntityModel c = entity("p.C", "c", Optional.of("p.B"));
        EntityModel d = entity("p.D", "d", Optional.empty());
        assertEquals(List.of("b", "c", "a", "d"),
                SchemaOrder.creationOrder(List.of(a, b, c, d)).stream().map(EntityModel::table).toList());
        assertEquals(Optional.empty(), SchemaOrder.cycle(List.of(a, b, c, d)));
    }

    @Test
    void cycleIsFoundWithItsPath() {
        EntityModel a = entity("p.A", "a", Optional.of("p.C"));
        EntityModel b = entity("p.B", "b", Optional.of("p.A"));
        EntityModel c = entity("p.C", "c", Optional.of("p.B"));
        assertEquals(Optional.of(List.of("p.A", "p.C", "p.B", "p.A")), SchemaOrder.cycle(List.of(a, b, c)));
    }

    @Test
    void selfReferenceIsNoDependency() {
        EntityModel tree = entity("p.Tree", "tree", Optional.of("p.Tree"));
        assertEquals(Optional.empty(), SchemaOrder.cycle(List.of(tree)));
        assertEquals(List.of(tree), SchemaOrder.creationOrder(List.of(tree)));
    }

    static EntityModel entity(String name, String table, Optional<String> references) {
        JavaType longType = JavaType.of(ValueKind.LONG, true, "long");
        FieldModel id = new FieldModel("id", name + "#id", longType, "id", false, true, false, false, 0, false, false, 0, -1,
                Optional.empty(), false, "NO_ACTION", Optional.of(new FieldModel.Accessor("id", true)), false, false, Optional.empty(), Optional.empty());
        List<FieldModel> fields = references
                .map(target -> List.of(id, new FieldModel("ref", name + "#ref", longType, "ref_id", false, false, false, false,
                        0, false, false, 0, -1, Optional.of(target), true, "NO_ACTION", Optional.of(new FieldModel.Accessor("ref", true)), false, false, Optional.empty(), Optional.empty())))
                .orElse(List.of(id));
        String simple = name.substring(name.lastIndexOf('.') + 1);
        String packageName = name.substring(0, name.lastIndexOf('.'));
        return new EntityModel(new JavaType.ClassRef(packageName, List.of(simple)), name, table, true, fields,
                Optional.of(fields.stream().map(FieldModel::name).toList()), List.of(), false, true, Optional.empty());
    }
}
