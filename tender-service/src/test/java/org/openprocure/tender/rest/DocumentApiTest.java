package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/** The buyer's tender documents: only clean PDFs are kept, each identified by its SHA-256. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class DocumentApiTest extends TenderApiTestSupport {

    /** The service's default limit, {@code openprocure.tender.max-document-bytes}. */
    private static final int DEFAULT_LIMIT = 20 * 1024 * 1024;

    @Test
    void anUploadedPdfIsKeptWithItsSha256AndServedWithItsDigest() {
        Personas.officer();
        String id = draft(consultationDraft(now(), unique("Documented")));
        byte[] pdf = TestPdfs.simple("Technical specification of the resurfacing works");
        String sha256 = sha256Hex(pdf);

        ExtractableResponse<Response> uploaded = upload(id, pdf, "attachment; filename=\"specification.pdf\"",
                "Technical specification").statusCode(201)
                .body("title", equalTo("Technical specification"))
                .body("fileName", equalTo("specification.pdf"))
                .body("documentType", equalTo("biddingDocuments"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256))
                .extract();
        String documentId = uploaded.path("id");
        assertEquals("/api/tenders/" + id + "/documents/" + documentId, uploaded.path("url"));
        assertThat(uploaded.header("Location"),
                endsWith("/api/tenders/" + id + "/documents/" + documentId));

        given().get("/api/tenders/{id}", id).then()
                .body("documents.find { it.id == '" + documentId + "' }.sha256", equalTo(sha256));
        ExtractableResponse<Response> download = given().get("/api/tenders/{id}/documents/{d}", id, documentId)
                .then().statusCode(200).contentType("application/pdf")
                .header("Digest", equalTo("sha-256=" + base64Sha256(pdf)))
                .header("Content-Disposition", containsString("specification.pdf"))
                .extract();
        assertArrayEquals(pdf, download.asByteArray());

        String ocid = openConsultation(id);
        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("documents.find { it.id == '" + documentId + "' }.url",
                        equalTo("/api/notices/" + ocid + "/documents/" + documentId));
        byte[] publicCopy = given().get("/api/notices/{ocid}/documents/{d}", ocid, documentId).then()
                .statusCode(200).contentType("application/pdf")
                .header("Digest", equalTo("sha-256=" + base64Sha256(pdf)))
                .extract().asByteArray();
        assertEquals(sha256, sha256Hex(publicCopy), "the SHA-256 in the view is that of the bytes served");
        given().get("/api/notices/{ocid}/documents/{d}", ocid, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void withoutATitleTheFileNameIsTheTitleAndOnlyTheNameIsKeptOfAPath() {
        String id = draft(validDraft(now(), unique("Named documents")));

        upload(id, TestPdfs.simple("Bill"), "attachment; filename=\"C:\\\\tenders\\\\bill-of-quantities.pdf\"", null)
                .statusCode(201)
                .body("fileName", equalTo("bill-of-quantities.pdf"))
                .body("title", equalTo("bill-of-quantities.pdf"));
        upload(id, TestPdfs.simple("Plan"), "attachment; filename*=UTF-8''Pl%C3%A1n%20ulice%20Zieli%C5%84skiego.pdf",
                null).statusCode(201)
                .body("fileName", equalTo("Plán ulice Zielińskiego.pdf"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anUploadThatIsNotACleanPdfIsRefusedNamingWhyAndNothingIsKept() {
        String id = draft(validDraft(now(), unique("Refused uploads")));
        Map<String, Long> before = databaseState();

        upload(id, "Dear bidders, see attached.".getBytes(StandardCharsets.UTF_8), "attachment; filename=\"a.pdf\"",
                null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("not a PDF"));
        upload(id, new byte[0], "attachment; filename=\"empty.pdf\"", null).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("empty"));
        upload(id, TestPdfs.encrypted("Confidential"), "attachment; filename=\"locked.pdf\"", null).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("encrypted"));
        byte[] cutOff = TestPdfs.simple("Cut off");
        upload(id, Arrays.copyOf(cutOff, cutOff.length / 2), "attachment; filename=\"cut.pdf\"", null)
                .statusCode(400).body("errors[0].field", equalTo("file"));
        upload(id, TestPdfs.simple("Nameless"), null, null).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Disposition"));
        given().contentType("text/plain").header("Content-Disposition", "attachment; filename=\"notes.txt\"")
                .body("notes").post("/api/tenders/{id}/documents", id).then().statusCode(415);

        assertEquals(before, databaseState(), "no refused upload is kept");
        given().get("/api/tenders/{id}", id).then().body("documents", hasSize(0));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aFileJustOverTheLimitIsRefusedAsTooLarge() {
        String id = draft(validDraft(now(), unique("Too large")));
        byte[] tooLarge = new byte[DEFAULT_LIMIT + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
        Map<String, Long> before = databaseState();

        upload(id, tooLarge, "attachment; filename=\"drawings.pdf\"", null).statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("limited to"));

        assertEquals(before, databaseState());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aLargePdfWithinTheLimitIsAccepted() {
        String id = draft(validDraft(now(), unique("Large drawings")));
        byte[] drawings = TestPdfs.ofAtLeast(12 * 1024 * 1024);

        upload(id, drawings, "attachment; filename=\"drawings.pdf\"", "Drawings").statusCode(201)
                .body("size", equalTo(drawings.length))
                .body("sha256", equalTo(sha256Hex(drawings)));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aDocumentIsRemovedFromADraftOnce() {
        String id = draft(validDraft(now(), unique("Removed document")));
        String documentId = upload(id, TestPdfs.simple("Old plan"), "attachment; filename=\"old-plan.pdf\"", null)
                .statusCode(201).extract().path("id");

        given().delete("/api/tenders/{id}/documents/{d}", id, documentId).then().statusCode(204);

        given().get("/api/tenders/{id}", id).then().body("documents.id", not(hasItem(documentId)));
        Map<String, Long> before = databaseState();
        given().delete("/api/tenders/{id}/documents/{d}", id, documentId).then().statusCode(404)
                .contentType("application/problem+json");
        given().delete("/api/tenders/{id}/documents/{d}", id, UUID.randomUUID()).then().statusCode(404);
        given().get("/api/tenders/{id}/documents/{d}", id, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(before, databaseState());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void thePublishedDocumentsAreFixed() {
        String id = draft(validDraft(now(), unique("Fixed documents")));
        String documentId = upload(id, TestPdfs.simple("Specification"), "attachment; filename=\"spec.pdf\"", null)
                .statusCode(201).extract().path("id");
        publish(id);
        Map<String, Long> before = databaseState();

        upload(id, TestPdfs.simple("Addendum"), "attachment; filename=\"addendum.pdf\"", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("tendering"));
        given().delete("/api/tenders/{id}/documents/{d}", id, documentId).then().statusCode(409)
                .contentType("application/problem+json");

        assertEquals(before, databaseState());
    }

    static ValidatableResponse upload(String tenderId, byte[] content, String disposition, String title) {
        var request = given().contentType("application/pdf").body(content);
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        if (title != null) {
            request.queryParam("title", title);
        }
        return request.post("/api/tenders/{id}/documents", tenderId).then();
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }

    static String base64Sha256(byte[] content) {
        return Base64.getEncoder().encodeToString(digest(content));
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
