package dev.aerie.runtime.internal.http.app;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record BookIn(@NotBlank @Size(max = 200) String title, @NotBlank String author, @Min(0) int year) {}
