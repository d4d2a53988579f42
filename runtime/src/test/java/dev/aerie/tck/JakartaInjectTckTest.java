package dev.aerie.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import junit.framework.TestFailure;
import junit.framework.TestResult;
import org.atinject.tck.Tck;
import org.atinject.tck.auto.Car;
import org.junit.jupiter.api.Test;

/** Runs the Jakarta Inject 2.0.1 TCK against Aerie's generated container (no static or private injection). */
class JakartaInjectTckTest {

    @Test
    void passesTheTck() {
        try (Container container = Aerie.create(TckModule.class)) {
            Car car = container.get(Car.class);
            junit.framework.Test suite = Tck.testsFor(car, false, false);
            TestResult result = new TestResult();
            suite.run(result);
            List<String> problems = new ArrayList<>();
            for (TestFailure f : Collections.list(result.failures())) {
                problems.add("failure " + f.failedTest() + ": " + f.exceptionMessage());
            }
            for (TestFailure e : Collections.list(result.errors())) {
                problems.add("error " + e.failedTest() + ": " + e.thrownException());
            }
            problems.forEach(System.out::println);
            assertTrue(result.runCount() > 40, "the TCK ran only " + result.runCount() + " tests");
            assertEquals(List.of(), problems, "TCK failures and errors");
        }
    }
}
