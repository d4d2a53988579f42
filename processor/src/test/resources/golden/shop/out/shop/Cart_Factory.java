package shop;

import javax.annotation.processing.Generated;

/**
 * Creates {@link Cart} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Cart_Factory {
  private Cart_Factory() {
  }

  /**
   * Creates a {@link Cart}: calls its constructor, then injects its fields and methods,
   * supertypes first and fields before methods (JSR-330 order).
   */
  public static Cart create() {
    Cart instance = new Cart();
    return instance;
  }
}
