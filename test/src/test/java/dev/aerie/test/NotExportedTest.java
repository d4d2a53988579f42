package dev.aerie.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.aerie.test.hidden.FeatureService;
import dev.aerie.test.hidden.HiddenRoot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A test that injects a provider its root module cannot see fails with a message naming the module
 * that provides it and what to export, not JUnit's "No ParameterResolver registered".
 */
class NotExportedTest {

    /** The test a user writes; run here through the JUnit launcher (surefire skips nested classes). */
    @AerieTest(HiddenRoot.class)
    static class InjectsAHiddenService {
        @Test
        void uses(FeatureService service) {}
    }

    @Test
    void theFailureSaysWhatToExport() {
        List<Throwable> failures = new ArrayList<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(InjectsAHiddenService.class)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            result.getThrowable().ifPresent(failures::add);
                        }
                    }
                });
        assertEquals(1, failures.size(), "the test failed, once: " + failures);
        String message = failures.get(0).getMessage();
        assertTrue(message.contains("Cannot inject FeatureService into this test: a test sees what its root module"
                + " HiddenRoot sees"), message);
        assertTrue(message.contains("FeatureModule provides FeatureService without exporting it. Add it to the"
                + " exports of FeatureModule (@Module(..., exports = FeatureService.class))"), message);
    }
}
