package org.openprocure.portal.wire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * The portal's calls to the integrity channel on the wire: whatever the visitor's browser and the proxies in
 * front of the portal send, contract-service gets the report and nothing about who sent it.
 */
@QuarkusTest
@TestProfile(FakeIntegrityChannelProfile.class)
class IntegrityChannelWireTest {

    private static final List<String> IDENTIFYING = List.of("203.0.113.77", "192.0.2.99", "198.51.100.23",
            "Probe/7.1", "session-cookie-42", "https://news.example/story", "uk-UA",
            "0af7651916cd43dd8448eb211c80319c");

    @BeforeEach
    void forgetEarlierRequests() {
        FakeIntegrityChannel.HEADERS.clear();
        FakeIntegrityChannel.BODIES.clear();
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void nothingAboutTheVisitorGoesOnWithAReportOrAFollowUp() {
        given().header("X-Forwarded-For", "203.0.113.77").header("X-Real-IP", "192.0.2.99")
                .header("Forwarded", "for=198.51.100.23").header("User-Agent", "Probe/7.1")
                .header("Cookie", "tracking=session-cookie-42").header("Referer", "https://news.example/story")
                .header("Accept-Language", "uk-UA")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .multiPart("subject.type", "general").multiPart("category", "fraud")
                .multiPart("description", "Invoices for work never done.")
                .post("/integrity").then().statusCode(200).body(containsString("IR-7K3M-Q9XA"));
        given().header("X-Forwarded-For", "203.0.113.77").header("User-Agent", "Probe/7.1")
                .formParam("code", "7K3M-Q9XA-2B4C-D6EF-G8HJ-K0MN")
                .post("/integrity/follow-up").then().statusCode(200);

        assertEquals(2, FakeIntegrityChannel.HEADERS.size());
        for (Map<String, List<String>> headers : FakeIntegrityChannel.HEADERS) {
            assertFalse(headers.containsKey("authorization"), headers::toString);
            assertFalse(headers.containsKey("cookie"), headers::toString);
            assertFalse(headers.containsKey("x-forwarded-for"), headers::toString);
            assertFalse(headers.containsKey("forwarded"), headers::toString);
            assertFalse(headers.containsKey("x-real-ip"), headers::toString);
            assertFalse(headers.containsKey("referer"), headers::toString);
            for (String value : IDENTIFYING) {
                assertFalse(headers.toString().contains(value), () -> value + " went on in " + headers);
            }
        }
        // No trace of the visitor's either (its id is among IDENTIFYING), and none shared between the two calls:
        // a trace id would tie the report to the visitor's request in the portal's and the proxies' logs.
        assertFalse(traceId(FakeIntegrityChannel.HEADERS.get(0)) != null
                && traceId(FakeIntegrityChannel.HEADERS.get(0)).equals(traceId(FakeIntegrityChannel.HEADERS.get(1))),
                "the report and its follow-up are not one trace");
        assertTrue(FakeIntegrityChannel.BODIES.get(0).contains("Invoices for work never done."));
        assertTrue(FakeIntegrityChannel.BODIES.get(1).contains("\"code\":\"7K3M-Q9XA-2B4C-D6EF-G8HJ-K0MN\""));
    }

    private static String traceId(Map<String, List<String>> headers) {
        List<String> traceparent = headers.get("traceparent");
        return traceparent == null ? null : traceparent.get(0).split("-")[1];
    }
}
