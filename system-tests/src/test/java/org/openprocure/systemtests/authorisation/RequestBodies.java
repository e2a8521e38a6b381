package org.openprocure.systemtests.authorisation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.endpoints.Endpoint;

/**
 * What the matrix sends in the body of a call. A caller the table denies gets a body the endpoint would accept,
 * so that nothing but authorisation can refuse it; a caller the table allows gets one it refuses (400, 409...),
 * so that the call shows authorisation passed and changes nothing.
 */
final class RequestBodies {

    /** A body and its media type. */
    record Body(String contentType, byte[] content) {
        static Body json(String json) {
            return new Body("application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static Body form(String form) {
            return new Body("application/x-www-form-urlencoded", form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private record Pair(Body accepted, Body refused) {
    }

    private final Map<String, Pair> bodies = new HashMap<>();

    RequestBodies(Fixtures f) {
        Instant now = Platform.serverTime();
        String draft = Platform.draftJson("Bus shelters", now.plus(Duration.ofDays(2)));
        String money = "{\"amount\": 1000.00, \"currency\": \"EUR\"}";
        String pdf = Platform.onePagePdfBase64("Document");
        json("tender-service POST /api/clock/advance", "{\"by\": \"PT0S\"}", "{\"by\": \"PT0S\"}");
        json("tender-service POST /api/notices/{ocid}/comments",
                "{\"text\": \"A comment.\", \"target\": {\"type\": \"tender\"}}", "{\"text\": \"\"}");
        json("tender-service POST /api/notices/{ocid}/enquiries",
                "{\"question\": \"A question?\", \"target\": {\"type\": \"tender\"}}", "{\"question\": \"\"}");
        json("tender-service POST /api/tenders", draft, "{}");
        json("tender-service PUT /api/tenders/{id}", draft, "{}");
        bodies.put("tender-service POST /api/tenders/{id}/documents", new Pair(
                new Body("application/pdf", java.util.Base64.getDecoder().decode(pdf)),
                new Body("application/pdf", new byte[0])));
        json("tender-service POST /api/tenders/{id}/amendments",
                "{\"reason\": \"Clarified.\", \"terms\": " + draft + "}", "{}");
        json("tender-service POST /api/tenders/{id}/cancel", "{\"reason\": \"Budget withdrawn.\"}", "{\"reason\": \"\"}");
        json("tender-service POST /api/tenders/{id}/lots/{lotId}/cancel", "{\"reason\": \"Budget withdrawn.\"}",
                "{\"reason\": \"\"}");
        json("tender-service POST /api/tenders/{id}/comments/{commentId}/answer",
                "{\"resolution\": \"rejected\", \"answer\": \"No.\"}", "{}");
        json("tender-service POST /api/tenders/{id}/comments/{commentId}/hide", "{\"reason\": \"Abusive.\"}",
                "{\"reason\": \"\"}");
        json("tender-service POST /api/tenders/{id}/consultation", "{}", "{}");
        json("tender-service POST /api/tenders/{id}/enquiries/{enquiryId}/answer", "{\"answer\": \"Yes.\"}",
                "{\"answer\": \"\"}");

        json("bid-service POST /api/receipts/pdf", "{}", "{}");
        json("bid-service POST /api/receipts/verify", "{}", "{}");
        String offer = "{\"lots\": [{\"lotId\": \"lot-1\", \"price\": " + money + "}]}";
        json("bid-service POST /api/tenders/{ocid}/bids", offer, "{\"lots\": []}");
        json("bid-service PUT /api/tenders/{ocid}/bids/{bidId}", offer, "{\"lots\": []}");
        json("bid-service POST /api/tenders/{ocid}/opening/shares", "{\"card\": \"OPK1/AAAA\"}", "{}");
        json("bid-service POST /api/clock/advance", "{\"by\": \"PT0S\"}", "{\"by\": \"PT0S\"}");

        json("evaluation-service POST /api/clock/advance", "{\"by\": \"PT0S\"}", "{\"by\": \"PT0S\"}");
        json("evaluation-service PUT /api/evaluations/{ocid}/bids/{bidId}/lots/{lotId}/qualification",
                "{\"qualified\": true, \"reason\": \"Shown.\", \"documents\": []}", "{}");
        json("evaluation-service PUT /api/evaluations/{ocid}/bids/{bidId}/scores/mine",
                "{\"scores\": [{\"criterion\": \"Technical approach\", \"score\": 10, \"reason\": \"Good.\"}]}", "{}");
        json("evaluation-service PUT /api/evaluations/{ocid}/committee",
                "{\"members\": [{\"username\": \"evaluator.emeka\", \"name\": \"Emeka Okafor\", \"chair\": true}]}",
                "{\"members\": []}");
        json("evaluation-service PUT /api/evaluations/{ocid}/declarations/mine",
                "{\"declarations\": [{\"bidderId\": \"supplier-acme\", \"conflictOfInterest\": false},"
                        + " {\"bidderId\": \"supplier-borealis\", \"conflictOfInterest\": false}]}", "{}");
        json("evaluation-service PUT /api/evaluations/{ocid}/lots/{lotId}/bids/{bidId}/justification",
                "{\"text\": \"Our steel is recycled.\"}", "{}");
        json("evaluation-service POST /api/evaluations/{ocid}/lots/{lotId}/bids/{bidId}/justification-decision",
                "{\"accepted\": false, \"reason\": \"Not shown.\"}", "{}");
        json("evaluation-service POST /api/evaluations/{ocid}/lots/{lotId}/complaints",
                "{\"text\": \"Unfair.\"}", "{}");
        json("evaluation-service POST /api/evaluations/{ocid}/lots/{lotId}/complaints/{number}/decision",
                "{\"decision\": \"dismissed\", \"reason\": \"Checked.\"}", "{}");

        json("contract-service POST /api/clock/advance", "{\"by\": \"PT0S\"}", "{\"by\": \"PT0S\"}");
        bodies.put("contract-service POST /api/analytics/indicators", new Pair(
                new Body("application/x-ndjson", "{}\n".getBytes()), new Body("application/x-ndjson", "x\n".getBytes())));
        json("contract-service POST /api/contracts/{contractId}/amendments",
                "{\"reason\": \"More shelters.\", \"value\": {\"amount\": 110000.00, \"currency\": \"EUR\"}}", "{}");
        json("contract-service POST /api/contracts/{contractId}/completion", "{\"date\": \"" + now + "\"}", "{}");
        json("contract-service PUT /api/contracts/{contractId}/milestones/{milestoneId}",
                "{\"title\": \"Delivery\", \"description\": \"Delivered.\", \"dueDate\": \"" + now.plus(Duration.ofDays(9))
                        + "\", \"status\": \"scheduled\", \"dateMet\": null}", "{}");
        json("contract-service POST /api/contracts/{contractId}/payments",
                "{\"date\": \"" + now + "\", \"value\": " + money + ", \"milestoneId\": null, \"description\": \"Advance\"}",
                "{}");
        json("contract-service POST /api/contracts/{contractId}/signature", "{\"dateSigned\": \"" + now
                + "\", \"value\": " + money + ", \"period\": {\"startDate\": \"" + now + "\", \"endDate\": \""
                + now.plus(Duration.ofDays(90)) + "\"}, \"document\": {\"title\": \"Signed\", \"fileName\": \"c.pdf\","
                + " \"content\": \"" + pdf + "\"}}", "{}");
        json("contract-service POST /api/contracts/{contractId}/termination",
                "{\"date\": \"" + now + "\", \"reason\": \"Breach.\"}", "{}");
        json("contract-service POST /api/integrity-reports", "{}", "{}");
        String code = "{\"code\": \"" + f.get("followUpCode") + "\"}";
        json("contract-service POST /api/integrity-reports/follow-up", code, code);
        json("contract-service POST /api/integrity-reports/follow-up/messages", code, code);
        json("contract-service POST /api/integrity-reports/{reference}/replies", "{\"text\": \"Thank you.\"}", "{}");
        json("contract-service POST /api/integrity-reports/{reference}/triage",
                "{\"status\": \"closed\", \"note\": \"Nothing found.\"}", "{}");
        // The portal's forms: a denied caller sends one the portal's own validation accepts, so that only the
        // ownership check (the portal's or the service's behind it) can refuse it.
        String today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).toString();
        String later = java.time.LocalDate.ofInstant(now.plus(Duration.ofDays(90)), java.time.ZoneOffset.UTC).toString();
        String key = UUID.randomUUID().toString();
        form("portal POST /contracts/{contractId}/amendments",
                "reason=More+shelters.&value.amount=110000.00&value.currency=EUR");
        form("portal POST /contracts/{contractId}/completion", "date=" + today);
        form("portal POST /contracts/{contractId}/milestones", "milestoneId=" + f.get("milestoneId")
                + "&title=Delivery&description=Delivered.&dueDate=" + later + "&status=scheduled");
        form("portal POST /contracts/{contractId}/payments", "date=" + today
                + "&value.amount=1000.00&value.currency=EUR&description=Advance&idempotencyKey=" + key);
        form("portal POST /contracts/{contractId}/termination", "date=" + today + "&reason=Breach.");
        multipart("portal POST /contracts/{contractId}/signature", Map.of("dateSigned", today,
                "value.amount", "1000.00", "value.currency", "EUR", "period.startDate", today, "period.endDate", later,
                "document.title", "Signed"), "document.content", java.util.Base64.getDecoder().decode(pdf));
        multipart("portal POST /tenders/{ocid}/bid/{bidId}/replace", Map.of("lot.lot-1.amount", "1000.00",
                "currency", "EUR", "idempotencyKey", key), null, null);
        form("portal POST /tenders/{ocid}/bid/{bidId}/withdraw", "idempotencyKey=" + key);
        form("portal POST /tenders/{ocid}/lots/{lotId}/complaints", "text=Unfair.");
        form("portal POST /tenders/{ocid}/lots/{lotId}/justification", "bidId=" + f.get("bidId")
                + "&text=Our+steel+is+recycled.");
        form("portal POST /officer/tenders/{id}/cancel", "reason=Budget+withdrawn.");
        form("portal POST /officer/tenders/{id}/lots/{lotId}/cancel", "reason=Budget+withdrawn.");
        form("portal POST /officer/tenders/{id}/comments/{commentId}/answer", "resolution=rejected&answer=No.");
        form("portal POST /officer/tenders/{id}/comments/{commentId}/hide", "reason=Abusive.");
        form("portal POST /officer/tenders/{id}/enquiries/{enquiryId}/answer", "answer=Yes.");
        form("portal POST /officer/tenders/{id}/committee",
                "members[0].username=evaluator.emeka&members[0].name=Emeka+Okafor&chair=0");
    }

    /** A form for a denied caller; an allowed one sends an empty form, which the portal refuses at the form. */
    private void form(String key, String accepted) {
        bodies.put(key, new Pair(Body.form(accepted), Body.form("")));
    }

    /** A multipart form (one file at most) for a denied caller; an allowed one sends an empty multipart form. */
    private void multipart(String key, Map<String, String> fields, String fileField, byte[] file) {
        String boundary = "matrix";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        if (fileField != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"signed.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(utf8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(utf8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        String type = "multipart/form-data; boundary=" + boundary;
        bodies.put(key, new Pair(new Body(type, out.toByteArray()), new Body(type, ("--" + boundary + "--\r\n").getBytes(utf8))));
    }


    private void json(String key, String accepted, String refused) {
        bodies.put(key, new Pair(Body.json(accepted), Body.json(refused)));
    }

    /** The body {@code endpoint} gets from a caller the table allows ({@code allowed}) or denies; null for none. */
    Body of(Endpoint endpoint, boolean allowed) {
        Pair pair = bodies.get(endpoint.application() + " " + endpoint.key());
        if (pair != null) {
            return allowed ? pair.refused() : pair.accepted();
        }
        if (!List.of("POST", "PUT", "PATCH").contains(endpoint.method())) {
            return null;
        }
        List<String> consumes = endpoint.consumes();
        if (consumes.contains("application/x-www-form-urlencoded")) {
            return Body.form("");
        }
        if (consumes.contains("multipart/form-data")) {
            return new Body("multipart/form-data; boundary=matrix", "--matrix--\r\n".getBytes());
        }
        if (consumes.isEmpty() && !endpoint.application().equals("portal")) {
            return null;
        }
        return consumes.isEmpty() ? null : Body.json("{}");
    }
}
