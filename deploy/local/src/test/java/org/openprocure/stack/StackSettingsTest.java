package org.openprocure.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void contractServiceGetsTheAnalyticsHeapOnlyWhileTheServicesRunWithTheDefaults() {
        StackSettings defaults = StackSettings.local(Path.of("/tmp/home"), Path.of("/tmp/repo"));
        assertEquals(StackSettings.DEFAULT_SERVICE_JVM_OPTIONS, defaults.jvmOptionsFor("bid-service"));
        assertEquals(StackSettings.DEFAULT_SERVICE_JVM_OPTIONS, defaults.jvmOptionsFor("portal"));
        assertEquals("-Xms256m -Xmx1g -XX:+UseSerialGC", defaults.jvmOptionsFor("contract-service"));

        StackSettings chosen = defaults.withServiceJvmOptions("-Xmx2g");
        assertEquals("-Xmx2g", chosen.jvmOptionsFor("contract-service"));
        assertEquals("-Xmx2g", chosen.jvmOptionsFor("tender-service"));
    }
}
