package org.openprocure.bid.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.openprocure.bid.service.KeyCeremony;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/** A tender's sealing key: its public half for everyone, the key cards for the committee. */
@Path("/api/tenders/{ocid}")
@Produces(MediaType.APPLICATION_JSON)
public class KeyShareResource {

    private final KeyCeremony ceremony;
    private final CurrentUser user;

    KeyShareResource(KeyCeremony ceremony, CurrentUser user) {
        this.ceremony = ceremony;
        this.user = user;
    }

    /** The public key bids are sealed to, with its fingerprint and how many key holders must open together. */
    public record SealingKeyView(String ocid, String publicKey, String fingerprint, int threshold) {
    }

    /** A key holder: who, and whether and when they collected their card. */
    public record HolderView(int index, String username, String name, Instant collectedAt) {
    }

    /** The card, shown once: its text, and the same as a printable PDF (base64). */
    public record KeyCardView(String ocid, int index, String holderName, String text, String fingerprint,
            int threshold, int holders, String pdfBase64) {
    }

    @GET
    @Path("/sealing-key")
    @PermitAll
    public SealingKeyView sealingKey(@PathParam("ocid") String ocid) {
        return ceremony.publicKey(ocid).map(k -> new SealingKeyView(ocid,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(k.publicKey), k.fingerprint, k.threshold))
                .orElseThrow(() -> ProblemException.notFound("Tender " + ocid + " has no sealing key."));
    }

    @GET
    @Path("/key-shares")
    @RolesAllowed("officer")
    public List<HolderView> holders(@PathParam("ocid") String ocid) {
        return ceremony.holders(ocid, user).stream()
                .map(h -> new HolderView(h.key.index, h.holderUsername, h.holderName, h.collectedAt)).toList();
    }

    @POST
    @Path("/key-shares/mine")
    @RolesAllowed("officer")
    public KeyCardView collect(@PathParam("ocid") String ocid) {
        KeyCeremony.CollectedCard card = ceremony.collect(ocid, user);
        return new KeyCardView(card.ocid(), card.index(), card.holderName(), card.text(), card.fingerprint(),
                card.threshold(), card.holders(), Base64.getEncoder().encodeToString(card.pdf()));
    }
}
