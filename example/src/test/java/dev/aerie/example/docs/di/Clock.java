package dev.aerie.example.docs.di;

import java.time.Instant;

/** The interface modules-and-di.md binds. */
public interface Clock {
    Instant now();
}
