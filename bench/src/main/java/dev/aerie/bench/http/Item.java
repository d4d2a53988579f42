package dev.aerie.bench.http;

/** What {@code GET /items/{id}} returns, on both sides of the HTTP benchmark. */
public record Item(long id, String name, int quantity, boolean available) {

    /** The same work on both sides: the item is computed from its id. */
    public static Item of(long id) {
        return new Item(id, "item-" + id, (int) (id % 100), id % 2 == 0);
    }
}
