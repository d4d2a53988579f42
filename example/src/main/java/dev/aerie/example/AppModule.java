package dev.aerie.example;

public final class AppModule {
    public static void main(String[] args) {
        System.out.println("placeholder on " + Runtime.version());
    }
}
