package dev.aerie.runtime.internal.http.app;

public record Book(long id, String title, String author, int year) {}
