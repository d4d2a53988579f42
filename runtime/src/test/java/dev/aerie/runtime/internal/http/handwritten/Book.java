package dev.aerie.runtime.internal.http.handwritten;

public record Book(long id, String title, int year) {}
