package dev.aerie.bench.json;

import java.util.List;

/** The record both codecs read and write: the example's book, with a few more kinds of field. */
public record BenchBook(long id, String title, String author, int year, String isbn, List<String> tags,
        double price, boolean inPrint) {}
