package org.openprocure.portal.rest;

/** contract-service's analytics answers, as JSON in the shapes the analytics API documents. */
final class AuditorFixtures {

    static final String OCID = "ocds-op7x2k-T-2026-000042";

    private AuditorFixtures() {
    }

    static final String OVERVIEW = """
            {"spendByMonth": [
               {"month": "2026-10", "currency": "EUR", "amount": 61800.00, "awards": 1},
               {"month": "2026-11", "currency": "EUR", "amount": 123.45, "awards": 2},
               {"month": "2026-11", "currency": "PLN", "amount": 99800.50, "awards": 1}],
             "processes": 12, "withBids": 8, "singleBid": 3, "singleBidShare": 0.375,
             "concentration": [
               {"buyer": {"id": "buyer-northvale", "name": "Northvale City Council"}, "currency": "EUR",
                "hhi": 0.52, "topSupplier": {"id": "supplier-acme", "name": "Acme Build Ltd"}, "topShare": 0.66}]}
            """;

    static final String FLAG_SUMMARY = """
            {"byCode": [{"code": "R018", "name": "Single bid received", "count": 3},
                        {"code": "R024", "name": "Price close to winning bid", "count": 1}],
             "processesFlagged": 4, "processes": 12, "computedAt": "2026-11-30T06:00:00Z"}
            """;

    static final String FLAGS = """
            {"items": [
               {"code": "R018", "name": "Single bid received", "ocid": "ocds-op7x2k-T-2026-000042",
                "title": "Road resurfacing", "lotId": null,
                "buyer": {"id": "buyer-northvale", "name": "Northvale City Council"},
                "subject": {"type": "process", "id": "ocds-op7x2k-T-2026-000042", "name": "Road resurfacing"},
                "value": 1, "explanation": "Only one bid was received in an open procedure.",
                "evidence": {"numberOfTenderers": 1, "procurementMethod": "open",
                             "bids": [{"supplier": "Acme Build Ltd", "amount": 104250.00}],
                             "lots": ["lot-1", "lot-2"]},
                "threshold": 1, "source": "indicators"}],
             "total": 1, "computedAt": "2026-11-30T06:00:00Z"}
            """;

    static final String PROCESSES = """
            {"items": [
               {"ocid": "ocds-op7x2k-T-2026-000042", "title": "Road resurfacing",
                "buyer": {"id": "buyer-northvale", "name": "Northvale City Council"}, "status": "complete",
                "procurementMethod": "open", "cpvDivision": "45", "value": {"amount": 125000.00, "currency": "EUR"},
                "bidders": 1, "publishedAt": "2026-11-02T08:00:00Z",
                "awardedValue": {"amount": 104250.00, "currency": "EUR"}}],
             "total": 41}
            """;

    static final String PROCESS = """
            {"ocid": "ocds-op7x2k-T-2026-000042", "title": "Road resurfacing",
             "buyer": {"id": "buyer-northvale", "name": "Northvale City Council"}, "status": "complete",
             "procurementMethod": "open", "mainProcurementCategory": "works",
             "value": {"amount": 125000.00, "currency": "EUR"}, "publishedAt": "2026-11-02T08:00:00Z",
             "submissionDeadline": "2026-12-02T08:00:00Z", "lastEventAt": "2027-01-26T13:15:00Z",
             "awards": [{"awardId": "a-1", "lotId": "lot-1", "supplier": {"id": "supplier-acme", "name": "Acme Build Ltd"},
                         "value": {"amount": 104250.00, "currency": "EUR"}, "status": "active", "reason": null,
                         "date": "2027-01-14T12:00:00Z"}],
             "timeline": [
               {"eventId": "11111111-1111-1111-1111-111111111111", "type": "TenderPublished", "producer": "tender-service",
                "aggregateId": "t-1", "sequence": 1, "occurredAt": "2026-11-02T08:00:00Z",
                "hash": "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", "prevHash": null,
                "security": false},
               {"eventId": "22222222-2222-2222-2222-222222222222", "type": "AccessAttemptRefused", "producer": "bid-service",
                "aggregateId": "k-1", "sequence": 1, "occurredAt": "2026-11-20T09:30:00Z",
                "hash": "b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1", "prevHash": null,
                "security": true},
               {"eventId": "33333333-3333-3333-3333-333333333333", "type": "BidsOpened", "producer": "bid-service",
                "aggregateId": "k-1", "sequence": 2, "occurredAt": "2026-12-02T09:00:00Z",
                "hash": "c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2",
                "prevHash": "b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1", "security": false}],
             "chain": %s}
            """;

    static final String INTACT = "{\"status\": \"intact\", \"brokenAtEvent\": null, \"brokenAtSequence\": null, \"reason\": null}";

    static final String BROKEN = "{\"status\": \"broken\", \"brokenAtEvent\": \"33333333-3333-3333-3333-333333333333\","
            + " \"brokenAtSequence\": 2, \"reason\": \"content_altered\"}";

    static final String AWARDS = """
            {"items": [{"ocid": "ocds-op7x2k-T-2026-000042", "awardId": "a-1", "lotId": "lot-1", "bidId": "b-1",
                        "buyer": {"id": "buyer-northvale", "name": "Northvale City Council"},
                        "supplier": {"id": "supplier-acme", "name": "Acme Build Ltd"},
                        "value": {"amount": 104250.00, "currency": "EUR"}, "status": "active", "statusReason": null,
                        "date": "2027-01-14T12:00:00Z", "proposedAt": "2027-01-14T12:00:00Z",
                        "confirmedAt": "2027-01-26T13:15:00Z", "cancelledAt": null, "title": "Road resurfacing",
                        "cpvDivision": "45", "procurementMethod": "open"}],
             "total": 3}
            """;

    static final String BUYER = """
            {"buyer": {"id": "buyer-northvale", "name": "Northvale City Council"}, "processes": 12,
             "byMethod": [{"method": "open", "processes": 9}, {"method": "direct", "processes": 3}],
             "nonOpenShare": 0.25, "spend": [{"currency": "EUR", "amount": 166050.00}],
             "singleBidProcesses": 3, "singleBidShare": 0.375,
             "suppliers": [{"supplier": {"id": "supplier-acme", "name": "Acme Build Ltd"}, "wins": 4,
                            "amount": 109590.00, "currency": "EUR", "share": 0.66}],
             "topSupplierShare": 0.66, "hhi": 0.52}
            """;

    static final String SUPPLIER = """
            {"supplier": {"id": "supplier-zielinski", "name": "Zieliński i Synowie sp. z o.o."}, "bids": 7,
             "processes": 6, "wins": 2, "winRate": 0.3333, "awardedValue": [{"currency": "PLN", "amount": 99800.50}],
             "buyers": [{"buyer": {"id": "buyer-northvale", "name": "Northvale City Council"}, "wins": 2,
                         "amount": 99800.50, "currency": "PLN", "shareOfBuyerSpend": 0.4}],
             "procedures": [{"method": "open", "wins": 2}]}
            """;
}
