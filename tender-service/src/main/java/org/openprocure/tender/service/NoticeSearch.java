package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderStage;

/** The public search over tenders: everything from the consultation on, never a draft. */
@ApplicationScoped
public class NoticeSearch {

    /** The filters; any may be null. {@code stages} empty = every public stage. */
    public record Criteria(String text, String cpvPrefix, String buyer, Set<TenderStage> stages, Instant deadlineFrom,
            Instant deadlineTo, BigDecimal valueMin, BigDecimal valueMax, SortOrder sort) {
    }

    /** Sort keys of the board; {@code descending} for newest / latest / largest first. */
    public record SortOrder(String key, boolean descending) {
        public static final Map<String, String> COLUMNS = Map.of("published", "t.publicSince",
                "deadline", "t.submissionDeadline", "value", "t.totalValue", "title", "lower(t.title)");
    }

    /** One line of the board: only what a line shows, read without the tender's lots, items, criteria or committee. */
    public record Line(String ocid, UUID tenderId, String title, String buyerId, String buyerName,
            ProcurementMethod procurementMethod, ProcurementCategory mainProcurementCategory, BigDecimal value,
            String currency, Instant submissionDeadline, Instant publishedAt, Instant publicSince, TenderStage stage) {
    }

    /** A page of lines and how many tenders match in all. */
    public record Lines(List<Line> lines, long total) {
    }

    private final EntityManager em;

    NoticeSearch(EntityManager em) {
        this.em = em;
    }

    /** The first matching tenders, whole (with their lots, items, criteria and committee): for the Atom feed. */
    @Transactional
    public List<Tender> tenders(Criteria criteria, int limit) {
        Filter filter = filter(criteria);
        TypedQuery<Tender> query = em.createQuery("select t from Tender t" + filter.where() + filter.order(),
                Tender.class);
        filter.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The lines of the matching tenders for a page: one query for the page and one for the count. */
    @Transactional
    public Lines lines(Criteria criteria, int page, int size) {
        Filter filter = filter(criteria);
        TypedQuery<Line> query = em.createQuery("select new " + Line.class.getName() + "(t.ocid, t.id, t.title,"
                + " t.buyerId, t.buyerName, t.procurementMethod, t.mainProcurementCategory, t.totalValue, t.currency,"
                + " t.submissionDeadline, t.publishedAt, t.publicSince, t.stage) from Tender t" + filter.where()
                + filter.order(), Line.class);
        filter.parameters().forEach(query::setParameter);
        return new Lines(query.setFirstResult(page * size).setMaxResults(size).getResultList(), count(filter));
    }

    private long count(Filter filter) {
        TypedQuery<Long> count = em.createQuery("select count(t) from Tender t" + filter.where(), Long.class);
        filter.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private record Filter(String where, String order, Map<String, Object> parameters) {
    }

    private static Filter filter(Criteria criteria) {
        // publicSince: a draft cancelled before any public step is no notice either.
        StringBuilder where = new StringBuilder(" where t.stage <> :draft and t.publicSince is not null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("draft", TenderStage.DRAFT);
        if (criteria.text() != null) {
            where.append(" and (lower(t.title) like :text escape '\\' or lower(t.description) like :text escape '\\'"
                    + " or lower(t.buyerName) like :text escape '\\' or lower(t.ocid) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(criteria.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.cpvPrefix() != null) {
            where.append(" and t.id in (select t2.id from Tender t2 join t2.items i where i.classification like :cpv escape '\\')");
            parameters.put("cpv", escapeLike(criteria.cpvPrefix()) + "%");
        }
        if (criteria.buyer() != null) {
            where.append(" and t.buyerId = :buyer");
            parameters.put("buyer", criteria.buyer());
        }
        if (criteria.stages() != null && !criteria.stages().isEmpty()) {
            where.append(" and t.stage in :stages");
            parameters.put("stages", criteria.stages());
        }
        if (criteria.deadlineFrom() != null) {
            where.append(" and t.submissionDeadline >= :deadlineFrom");
            parameters.put("deadlineFrom", criteria.deadlineFrom());
        }
        if (criteria.deadlineTo() != null) {
            where.append(" and t.submissionDeadline <= :deadlineTo");
            parameters.put("deadlineTo", criteria.deadlineTo());
        }
        if (criteria.valueMin() != null) {
            where.append(" and t.totalValue >= :valueMin");
            parameters.put("valueMin", criteria.valueMin());
        }
        if (criteria.valueMax() != null) {
            where.append(" and t.totalValue <= :valueMax");
            parameters.put("valueMax", criteria.valueMax());
        }
        SortOrder sort = criteria.sort();
        String order = " order by " + SortOrder.COLUMNS.get(sort.key()) + (sort.descending() ? " desc" : " asc")
                + ", t.ocid asc";
        return new Filter(where.toString(), order, parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
