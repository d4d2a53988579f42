package dev.aerie.example.books;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

// snippet:input
/** What a client sends to create or replace a book; the constraints are checked before the handler runs. */
public record BookIn(@NotBlank @Size(max = 200) String title,
                     long authorId,
                     @Min(0) @Max(3000) int year,
                     @Nullable @Size(max = 20) String isbn) {}
// end::input
