package {{package}};

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import org.jspecify.annotations.Nullable;

/**
 * A row of table {@code {{table}}}, and the JSON {@code {"id", "name", "note"}} the API answers with;
 * {@code note} may be null (a NULL column), every other column is NOT NULL.
 */
@Entity(table = "{{table}}")
public record {{Name}}(@Id @GeneratedValue Long id, @Column(length = 200) String name,
        @Nullable @Column(length = 2000) String note) {}
