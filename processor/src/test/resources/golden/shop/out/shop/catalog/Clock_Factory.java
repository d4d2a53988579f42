package shop.catalog;

import javax.annotation.processing.Generated;

/**
 * Creates {@link Clock} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Clock_Factory {
  private Clock_Factory() {
  }

  /**
   * Creates a {@link Clock}: calls its constructor, then injects its fields and methods,
   * supertypes first and fields before methods (JSR-330 order).
   */
  public static Clock create() {
    Clock instance = new Clock();
    return instance;
  }
}
