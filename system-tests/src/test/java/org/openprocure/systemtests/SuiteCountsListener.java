package org.openprocure.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints {@link SuiteCounts} when the test plan has run, and keeps them in
 * {@code target/suite-counts.txt}.
 */
public class SuiteCountsListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String report = SuiteCounts.report();
        if (report.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("==== what the suites did ====");
        System.out.print(report);
        System.out.println("=============================");
        try {
            Path file = Path.of(System.getProperty("openprocure.test.home", "target/platform")).getParent()
                    .resolve("suite-counts.txt");
            Files.writeString(file, report, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.out.println("(the counts could not be written to target/suite-counts.txt: " + e + ")");
        }
    }
}
