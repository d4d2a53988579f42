package dev.aerie.example;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/**
 * An entity of the test compilation only. The processor writes DDL scripts for it into
 * test-classes under the same names as the application's; the application must still create
 * its own tables (authors, books), which BooksApiH2Test and AppCommandsTest prove, and the test
 * root module StubbedHealthApp must get both (TestRootModuleTest).
 */
@Entity(table = "test_only_notes")
record TestOnlyNote(@Id @GeneratedValue Long id, String text) {}
