package dev.aerie.example.authors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create an author. */
public record AuthorIn(@NotBlank @Size(max = 200) String name) {}
