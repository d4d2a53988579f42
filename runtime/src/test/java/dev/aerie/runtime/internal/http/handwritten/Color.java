package dev.aerie.runtime.internal.http.handwritten;

public enum Color { RED, GREEN }
