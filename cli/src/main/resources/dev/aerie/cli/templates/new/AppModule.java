package {{package}};

{{imports}}

/** The application: the root module every other module hangs off. */
@Module(imports = ItemsModule.class)
public final class AppModule {
    public static void main(String[] args) {
        Aerie.run(AppModule.class, args);
    }
}
