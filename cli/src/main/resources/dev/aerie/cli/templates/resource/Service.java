package {{package}};

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import java.util.List;
import java.util.Optional;

/** {{Plural}} in the database, through the current request's session. */
@Injectable
public final class {{Plural}}Service {
    private final Session db;

    {{Plural}}Service(Session db) {
        this.db = db;
    }

    public {{Name}} add({{Name}}In in) {
        return db.insert(new {{Name}}(null, in.name(), in.note()));
    }

    public List<{{Name}}> all() {
        return db.query({{Name}}.class).orderBy({{Name}}_.id).list();
    }

    public Optional<{{Name}}> byId(long id) {
        return db.find({{Name}}.class, id);
    }
}
