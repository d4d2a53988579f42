package shop;

import dev.aerie.api.db.ColumnRef;
import javax.annotation.processing.Generated;

/**
 * The columns of {@link Book}, for typed queries.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Book_ {
    /**
     * Column {@code id}.
     */
    public static final ColumnRef<Book, Long> id = new Ref<>("id");

    /**
     * Column {@code title}.
     */
    public static final ColumnRef<Book, String> title = new Ref<>("title");

    /**
     * Column {@code author}.
     */
    public static final ColumnRef<Book, String> author = new Ref<>("author");

    /**
     * Column {@code year}.
     */
    public static final ColumnRef<Book, Integer> year = new Ref<>("year");

    /**
     * Column {@code isbn}.
     */
    public static final ColumnRef<Book, String> isbn = new Ref<>("isbn");

    private Book_() {
    }

    private record Ref<V>(String name) implements ColumnRef<Book, V> {
        @Override
        public Class<Book> entity() {
            return Book.class;
        }
    }
}
