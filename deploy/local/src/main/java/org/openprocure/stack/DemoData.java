package org.openprocure.stack;

/**
 * Demo content for a freshly started local platform, run by {@link LocalStackMain} once the
 * stack is ready. The demo users themselves come from the realm file.
 */
public final class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    private DemoData() {
    }

    public static void seed(LocalStack stack) {
        LOG.log(System.Logger.Level.INFO, "No demo tenders to seed yet; the platform starts empty");
    }
}
