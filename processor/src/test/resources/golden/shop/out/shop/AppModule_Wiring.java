package shop;

import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Calls the @Provides methods of {@link AppModule} for the Aerie container.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class AppModule_Wiring {
  private AppModule_Wiring() {
  }

  /**
   * The module instance whose @Provides methods the container calls.
   */
  public static AppModule newModule() {
    return new AppModule();
  }

  /**
   * Calls {@link AppModule#currency}.
   */
  public static String currency(AppModule module) {
    return module.currency();
  }

  /**
   * Calls {@link AppModule#tags}.
   */
  public static List<String> tags() {
    return AppModule.tags();
  }
}
