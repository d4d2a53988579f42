package dev.aerie.example.docs.operations;

import dev.aerie.api.Injectable;

/** Stands in for a client of a search service (docs/operations.md). */
@Injectable
public final class SearchIndex {
    public boolean reachable() {
        return true;
    }
}
