package dev.aerie.example.docs.controllers;

/** A book as the sample controller returns it. */
public record Book(long id, String title, int year) {}
