package dev.aerie.runtime.http.handwritten;

public record Book(long id, String title, int year) {}
