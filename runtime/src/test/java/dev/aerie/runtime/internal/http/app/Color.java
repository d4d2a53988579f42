package dev.aerie.runtime.internal.http.app;

public enum Color { RED, GREEN }
