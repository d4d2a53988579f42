package {{package}};

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** A row of table {@code {{table}}}, and the JSON {@code {"id", "name"}} the API answers with. */
@Entity(table = "{{table}}")
public record {{Name}}(@Id @GeneratedValue Long id, @Column(length = 200) String name) {}
