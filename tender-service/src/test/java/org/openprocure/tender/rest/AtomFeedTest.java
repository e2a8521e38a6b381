package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of the notice board, read as a feed reader would read it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class AtomFeedTest extends TenderApiTestSupport {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** An entry as a reader sees it. */
    record Entry(String id, String title, Instant published, String alternate, Optional<String> enclosure,
            String category) {
    }

    @Test
    void theFeedListsEachPublicTenderOnceNewestFirstLinkedToItsPortalPage() throws Exception {
        // Later than any other test's tenders, so that these are the newest in the shared database.
        clock.set(inDays(100));
        Personas.officer();
        String firstTitle = unique("Feed, published first");
        String first = publish(draft(validDraft(now(), firstTitle)));
        clock.advance(Duration.ofHours(1));
        String consultedTitle = unique("Feed, in consultation");
        String consulted = openConsultation(draft(consultationDraft(now(), consultedTitle)));
        clock.advance(Duration.ofHours(1));
        String latestTitle = unique("Feed, published last");
        String latest = publish(draft(validDraft(now(), latestTitle)));
        String hiddenTitle = unique("Feed, only a draft");
        draft(validDraft(now(), hiddenTitle));
        Personas.anonymous();

        byte[] xml = given().get("/api/notices/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals(now().toString(), text(root, "updated"), "the feed was last updated by the latest notice");

        List<Entry> entries = entries(root);
        long publicTenders = given().queryParam("size", 1).get("/api/notices").then().extract().<Integer>path("total");
        assertEquals(Math.min(50, publicTenders), entries.size(), "one entry per public tender, up to 50");
        assertEquals(entries.size(), new HashSet<>(entries.stream().map(Entry::id).toList()).size(), "each once");
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).published().isAfter(entries.get(i - 1).published()), "newest first");
        }
        assertEquals(List.of("urn:ocid:" + latest, "urn:ocid:" + consulted, "urn:ocid:" + first),
                entries.subList(0, 3).stream().map(Entry::id).toList());
        assertFalse(new String(xml, StandardCharsets.UTF_8).contains(hiddenTitle), "no draft");

        String portal = ConfigProvider.getConfig().getValue("openprocure.tender.portal-url", String.class)
                .replaceAll("/$", "");
        Entry newest = entries.get(0);
        assertEquals(latestTitle, newest.title());
        assertEquals(portal + "/tenders/" + latest, newest.alternate());
        assertTrue(newest.enclosure().orElseThrow().endsWith("/api/notices/" + latest + "/notice.pdf"));
        assertEquals("tendering", newest.category());
        Entry inConsultation = entries.get(1);
        assertEquals(consultedTitle, inConsultation.title());
        assertEquals(portal + "/tenders/" + consulted, inConsultation.alternate());
        assertEquals(Optional.empty(), inConsultation.enclosure(), "no notice PDF before publication");
        assertEquals("consultation", inConsultation.category());
        assertEquals(inDays(100), entries.get(2).published());
    }

    private static List<Entry> entries(Element feed) {
        List<Entry> entries = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element entry = (Element) nodes.item(i);
            String alternate = null;
            Optional<String> enclosure = Optional.empty();
            NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                if (link.getAttribute("rel").equals("alternate")) {
                    alternate = link.getAttribute("href");
                } else if (link.getAttribute("rel").equals("enclosure")) {
                    enclosure = Optional.of(link.getAttribute("href"));
                }
            }
            Element category = (Element) entry.getElementsByTagNameNS(ATOM, "category").item(0);
            entries.add(new Entry(text(entry, "id"), text(entry, "title"), Instant.parse(text(entry, "published")),
                    alternate, enclosure, category.getAttribute("term")));
        }
        return entries;
    }

    /** The text of the element's own child of that name (not of a nested entry's). */
    private static String text(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && ATOM.equals(child.getNamespaceURI())
                    && name.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }
}
