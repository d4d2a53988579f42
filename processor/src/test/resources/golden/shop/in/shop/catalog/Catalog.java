package shop.catalog;

public interface Catalog {
    String title(long id);
}
