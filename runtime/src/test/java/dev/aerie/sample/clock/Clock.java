package dev.aerie.sample.clock;

public interface Clock {
    long now();
}
