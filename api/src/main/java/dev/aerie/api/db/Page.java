package dev.aerie.api.db;

import java.util.List;

/**
 * One page of a {@link Query}: its rows and how many rows match in all.
 *
 * @param items  the rows of this page, at most {@code limit}
 * @param total  the rows matching the query's conditions, ignoring limit and offset
 * @param limit  the page size asked for
 * @param offset the rows skipped before this page
 */
public record Page<T>(List<T> items, long total, int limit, long offset) {
    public Page {
        items = List.copyOf(items);
    }

    /** Whether rows come after this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
