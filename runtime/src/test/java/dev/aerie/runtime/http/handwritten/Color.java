package dev.aerie.runtime.http.handwritten;

public enum Color { RED, GREEN }
