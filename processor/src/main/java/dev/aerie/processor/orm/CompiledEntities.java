package dev.aerie.processor.orm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The persistence of another compilation, as its processor run recorded it next to each of its
 * modules in {@code META-INF/aerie/entities/<module>}: the {@code _Table} classes in foreign-key
 * order and the {@code _Mapping} classes of its projections. An application compiled elsewhere
 * that imports one of those modules (a test root module in {@code src/test}) uses them, and the
 * DDL scripts in the class path entry of the first table.
 *
 * @param tables the generated table classes, referenced tables first
 * @param mappings the generated projection mapping classes
 * @param columns the columns of its tables, for the SQL checker ({@link SqlSchemas#lines})
 */
record CompiledEntities(List<String> tables, List<String> mappings, List<String> columns) {
    static final String FOLDER = "META-INF/aerie/entities/";

    CompiledEntities {
        tables = List.copyOf(tables);
        mappings = List.copyOf(mappings);
        columns = List.copyOf(columns);
    }

    CompiledEntities(List<String> tables, List<String> mappings) {
        this(tables, mappings, List.of());
    }

    /** The index text: one {@code table <class>}, {@code mapping <class>} or {@code column <table> <column> ...} per line. */
    String text() {
        StringBuilder text = new StringBuilder("# aerie-processor: the entity tables (foreign-key order) and projection"
                + " mappings of this module's compilation\n");
        tables.forEach(t -> text.append("table ").append(t).append('\n'));
        mappings.forEach(m -> text.append("mapping ").append(m).append('\n'));
        columns.forEach(c -> text.append("column ").append(c).append('\n'));
        return text.toString();
    }

    /** What the class path says about the compilation of module {@code binaryName}, if it had persistence. */
    static Optional<CompiledEntities> find(Filer filer, String binaryName) {
        String text;
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", FOLDER + binaryName);
            text = file.getCharContent(true).toString();
        } catch (IOException | IllegalArgumentException notThere) {
            return Optional.empty();
        }
        List<String> tables = new ArrayList<>();
        List<String> mappings = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("table ")) {
                tables.add(line.substring("table ".length()).trim());
            } else if (line.startsWith("mapping ")) {
                mappings.add(line.substring("mapping ".length()).trim());
            } else if (line.startsWith("column ")) {
                columns.add(line.substring("column ".length()).trim());
            }
        }
        return Optional.of(new CompiledEntities(tables, mappings, columns));
    }
}
