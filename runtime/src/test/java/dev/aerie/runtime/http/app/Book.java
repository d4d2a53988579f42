package dev.aerie.runtime.http.app;

public record Book(long id, String title, String author, int year) {}
