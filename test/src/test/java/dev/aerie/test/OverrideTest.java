package dev.aerie.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.test.app.Greeter;
import dev.aerie.test.app.QuietNotesModule;
import org.junit.jupiter.api.Test;

// snippet:override-test
/** A provider replaced by a test double through a test root module, wired at compile time. */
@AerieTest(QuietNotesModule.class)
class OverrideTest {

    @Test
    void theTestDoubleAnswers(AerieClient http, Greeter greeter) {
        assertEquals("(quiet) Ada", http.get("/notes/hello?name=Ada").body());
        assertEquals("(quiet) Bo", greeter.greet("Bo"));
    }
}
// end::override-test
