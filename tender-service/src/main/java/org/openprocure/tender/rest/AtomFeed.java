package org.openprocure.tender.rest;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.openprocure.tender.Tender;

/** The Atom feed of the notice board: the latest public tenders, each linked to its page on the portal. */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String render(List<Tender> tenders, String selfUrl, String apiBase, String portalUrl, Instant now) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "title", "OpenProcure — tender notices");
            text(xml, "subtitle", "Tenders in public consultation and open for bids");
            text(xml, "id", "urn:openprocure:notices");
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", portalUrl + "/", "text/html");
            Instant updated = tenders.stream().map(AtomFeed::updated).max(Instant::compareTo).orElse(now);
            text(xml, "updated", updated.toString());
            xml.writeStartElement("author");
            text(xml, "name", "OpenProcure");
            xml.writeEndElement();
            for (Tender t : tenders) {
                xml.writeStartElement("entry");
                text(xml, "id", "urn:ocid:" + t.ocid);
                text(xml, "title", t.title);
                text(xml, "published", t.publicSince.toString());
                text(xml, "updated", updated(t).toString());
                xml.writeStartElement("author");
                text(xml, "name", t.buyerName);
                xml.writeEndElement();
                link(xml, "alternate", portalUrl + "/tenders/" + t.ocid, "text/html");
                link(xml, "related", apiBase + "/api/notices/" + t.ocid, "application/json");
                if (t.noticeVersion != null) {
                    link(xml, "enclosure", apiBase + "/api/notices/" + t.ocid + "/notice.pdf", "application/pdf");
                }
                xml.writeStartElement("category");
                xml.writeAttribute("term", t.stage.statusDetails());
                xml.writeEndElement();
                text(xml, "summary", t.buyerName + " · " + t.procurementMethod.code() + " · "
                        + t.mainProcurementCategory.code() + " · " + t.estimatedValue().toPlainString() + " "
                        + t.currency + " · " + t.stage.statusDetails() + " · deadline " + t.submissionDeadline);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed is written to memory", e);
        }
    }

    private static Instant updated(Tender t) {
        return Stream.of(t.publicSince, t.publishedAt, t.amendedAt, t.closedAt, t.cancelledAt)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElseThrow();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        xml.writeEndElement();
    }
}
