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
    public static final ColumnRef<Book, Long> id = ColumnRef.of(Book.class, "id");

    /**
     * Column {@code title}.
     */
    public static final ColumnRef<Book, String> title = ColumnRef.of(Book.class, "title");

    /**
     * Column {@code author}.
     */
    public static final ColumnRef<Book, String> author = ColumnRef.of(Book.class, "author");

    /**
     * Column {@code year}.
     */
    public static final ColumnRef<Book, Integer> year = ColumnRef.of(Book.class, "year");

    /**
     * Column {@code isbn}.
     */
    public static final ColumnRef<Book, String> isbn = ColumnRef.of(Book.class, "isbn");

    private Book_() {
    }
}
