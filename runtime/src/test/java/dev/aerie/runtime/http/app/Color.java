package dev.aerie.runtime.http.app;

public enum Color { RED, GREEN }
