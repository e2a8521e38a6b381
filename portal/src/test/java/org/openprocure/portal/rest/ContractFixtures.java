package org.openprocure.portal.rest;

import static org.openprocure.portal.rest.TenderFixtures.OCID;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.openprocure.portal.client.Contract;
import org.openprocure.portal.client.OcdsRecordPackage;
import org.openprocure.portal.client.OrganizationReference;
import org.openprocure.portal.client.Period;
import org.openprocure.portal.client.Value;

/** Contracts and an OCDS record as contract-service would return them (contract-service/README.md). */
final class ContractFixtures {

    static final String CONTRACT = "3d0c5a7e-1b2f-5c4d-8e9f-0a1b2c3d4e5f";
    static final String BUYER = "buyer-northvale";
    static final OrganizationReference NORTHVALE = new OrganizationReference(BUYER, "Northvale City Council");
    static final OrganizationReference BOREK = new OrganizationReference("supplier-borek", "Borek Stavby s.r.o.");
    static final String DOC_SHA = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";

    private ContractFixtures() {
    }

    static Value eur(String amount) {
        return new Value(new BigDecimal(amount), "EUR");
    }

    static Instant day(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    /** Opened at the confirmed award, waiting for the buyer's signature. */
    static Contract pending() {
        return new Contract(CONTRACT, OCID, "award-1", "lot-1", "Road resurfacing – Carriageway", NORTHVALE, BOREK,
                "pending", "pending", eur("58200.00"), null, null, null, null, null, null, List.of(), List.of(),
                List.of(), null, null, null, null);
    }

    /** Signed, amended once (+10 %), one milestone met, two payments. */
    static Contract active() {
        return new Contract(CONTRACT, OCID, "award-1", "lot-1", "Road resurfacing – Carriageway", NORTHVALE, BOREK,
                "active", "active", eur("58200.00"), eur("64020.00"), day("2027-02-01"),
                new Period(day("2027-02-15"), day("2027-09-30")),
                new Contract.Document("Contract for lot 1", "contract-lot-1.pdf", 48213L, DOC_SHA,
                        "/api/contracts/" + CONTRACT + "/document"),
                eur("5820.00"), new BigDecimal("10.00"),
                List.of(new Contract.Amendment(1, day("2027-05-03"), "Additional drainage found necessary under Art. 72(1)(c).",
                        eur("58200.00"), eur("64020.00"), new Period(day("2027-02-15"), day("2027-08-31")),
                        new Period(day("2027-02-15"), day("2027-09-30")))),
                List.of(new Contract.Milestone("m1", "Carriageway milled", "Old surface removed", day("2027-03-31"), "met",
                        day("2027-03-28")),
                        new Contract.Milestone("m2", "Surface laid", null, day("2027-07-31"), "scheduled", null)),
                List.of(new Contract.Payment("pay-1", day("2027-04-10"), eur("20000.00"), "m1", "First instalment"),
                        new Contract.Payment("pay-2", day("2027-06-01"), eur("15000.50"), null, "Advance on materials")),
                eur("35000.50"), null, null, null);
    }

    static Contract terminatedEarly() {
        Contract a = active();
        return new Contract(a.contractId(), a.ocid(), a.awardId(), a.lotId(), a.title(), a.buyer(), a.supplier(),
                "terminated", "terminatedEarly", a.awardValue(), a.value(), a.dateSigned(), a.period(), a.document(),
                a.cumulativeChange(), a.cumulativeChangePercent(), a.amendments(), a.milestones(), a.payments(),
                a.totalPaid(), null, day("2027-06-20"), "The supplier went into insolvency.");
    }

    static Contract completed() {
        Contract a = active();
        return new Contract(a.contractId(), a.ocid(), a.awardId(), a.lotId(), a.title(), a.buyer(), a.supplier(),
                "terminated", "completed", a.awardValue(), a.value(), a.dateSigned(), a.period(), a.document(),
                a.cumulativeChange(), a.cumulativeChangePercent(), a.amendments(), a.milestones(), a.payments(),
                a.totalPaid(), day("2027-09-29"), null, null);
    }

    /** The releases of the process, deliberately out of order: the page sorts them by date. */
    static OcdsRecordPackage record() {
        List<OcdsRecordPackage.Release> releases = List.of(
                release("r3", "2026-12-20T09:00:00Z", "tenderUpdate"),
                release("r1", "2026-11-02T08:00:00Z", "planning"),
                release("r2", "2026-11-20T10:00:00Z", "tender"),
                release("r4", "2027-01-14T12:00:00Z", "award"),
                release("r5", "2027-02-01T10:00:00Z", "contract"),
                release("r6", "2027-04-10T00:00:00Z", "implementation"),
                release("r7", "2027-06-20T00:00:00Z", "contractTermination"));
        return new OcdsRecordPackage("https://example.org/records/" + OCID, Instant.parse("2027-06-20T00:00:05Z"),
                List.of(new OcdsRecordPackage.OcdsRecord(OCID, releases,
                        new OcdsRecordPackage.Release(OCID + "-compiled", Instant.parse("2027-06-20T00:00:00Z"),
                                List.of("compiled"), null))));
    }

    private static OcdsRecordPackage.Release release(String id, String date, String tag) {
        return new OcdsRecordPackage.Release(OCID + "-" + id, Instant.parse(date), List.of(tag), null);
    }
}
