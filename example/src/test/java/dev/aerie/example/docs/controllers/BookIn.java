package dev.aerie.example.docs.controllers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** What a client sends for the sample controller. */
public record BookIn(@NotBlank String title, @Min(0) @Max(3000) int year) {}
