package dev.aerie.example;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;

// snippet:aerie-test
/** The HTTP contract on the embedded H2 database: a fresh in-memory one for this class. */
@AerieTest(AppModule.class)
class BooksApiH2Test extends BooksApiContract {
    BooksApiH2Test(AerieClient http) {
        super(http);
    }
}
// end::aerie-test
