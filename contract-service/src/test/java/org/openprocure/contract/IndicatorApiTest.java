package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * The red-flag engine over open data from elsewhere: compiled releases as JSON lines in, Cardinal-shaped
 * flags out, settings in Cardinal's INI format; bad input is refused by line or setting.
 */
@QuarkusTest
class IndicatorApiTest {

    /** One process with a single bid (R018) and one with three; one per line. */
    static final String RELEASES = """
            {"ocid":"ocds-x-1","tender":{"status":"complete","procurementMethod":"open","numberOfTenderers":1}}

            {"ocid":"ocds-x-2","tender":{"status":"complete","procurementMethod":"open","numberOfTenderers":3}}
            """;

    /** A request with a JSON-lines body, sent as the text it is. */
    static io.restassured.specification.RequestSpecification ndjson() {
        return given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson",
                                io.restassured.http.ContentType.TEXT)))
                .contentType("application/x-ndjson");
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void anAuditorGetsOnlyTheFlaggedEntriesInCardinalsShape() {
        ndjson().body(RELEASES)
                .post("/api/analytics/indicators").then().statusCode(200)
                .body("OCID.'ocds-x-1'.R018", equalTo(1.0f))
                .body("OCID.containsKey('ocds-x-2')", equalTo(false))
                .body("Buyer.size()", equalTo(0))
                .body("ProcuringEntity.size()", equalTo(0))
                .body("Tenderer.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void settingsExcludeAProcessByItsMethodDetails() {
        String releases = "{\"ocid\":\"ocds-x-3\",\"tender\":{\"procurementMethod\":\"open\","
                + "\"procurementMethodDetails\":\"Framework call-off\",\"numberOfTenderers\":1}}";
        ndjson().body(releases)
                .queryParam("settings", "[exclusions]\nprocurement_method_details = Framework call-off")
                .post("/api/analytics/indicators").then().statusCode(200)
                .body("OCID.size()", equalTo(0));
        ndjson().body(releases)
                .post("/api/analytics/indicators").then().statusCode(200)
                .body("OCID.'ocds-x-3'.R018", equalTo(1.0f));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    void aBrokenLineOrSettingIsRefusedByName() {
        ndjson().body("{\"ocid\":\"ocds-x-1\"}\n{not json\n")
                .post("/api/analytics/indicators").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("line 2"));
        ndjson().body("")
                .post("/api/analytics/indicators").then().statusCode(400)
                .contentType("application/problem+json");
        ndjson().body(RELEASES).queryParam("settings", "[R003]\nthreshold = ten")
                .post("/api/analytics/indicators").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("settings"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void onlyAuditorsRunIt() {
        ndjson().body(RELEASES)
                .post("/api/analytics/indicators").then().statusCode(403);
    }
}
