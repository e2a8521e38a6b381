package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the analytics read model tables for auditors: award histories, processes, buyers, suppliers, CPV
 * divisions and the overview. Plain SQL over the rows the projection wrote; shares are decimals 0..1 with
 * four places (half up).
 */
@ApplicationScoped
public class ReadModelQueries {

    /** A row read: column values by label. */
    public interface Row {
        String text(String column);

        BigDecimal decimal(String column);

        long number(String column);

        Instant instant(String column);
    }

    /** A where clause built condition by condition, with its parameters. */
    public static final class Filter {
        private final StringBuilder where = new StringBuilder(" where 1 = 1");
        private final List<Object> parameters = new ArrayList<>();

        public Filter and(String condition, Object... values) {
            where.append(" and ").append(condition);
            parameters.addAll(List.of(values));
            return this;
        }

        public String sql() {
            return where.toString();
        }
    }

    private final DataSource dataSource;

    ReadModelQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of a query; {@code parameters} bound in order. */
    public List<Row> list(String sql, List<Object> parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Instant instant) {
                    statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        values.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                    }
                    rows.add(new MapRow(values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("an analytics query failed", e);
        }
    }

    public List<Row> list(String sql, Filter filter, Object... more) {
        List<Object> parameters = new ArrayList<>(filter.parameters);
        parameters.addAll(List.of(more));
        return list(sql.replace("{where}", filter.sql()), parameters);
    }

    public Optional<Row> one(String sql, Object... parameters) {
        return list(sql, List.of(parameters)).stream().findFirst();
    }

    public long count(String sql, Filter filter) {
        return list(sql, filter).get(0).number("count");
    }

    /** {@code part / whole} to four places, 0 when the whole is 0. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return BigDecimal.ZERO.setScale(4);
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Herfindahl-Hirschman index of these amounts: the sum of their squared shares, to four places. */
    public static BigDecimal hhi(List<BigDecimal> amounts) {
        BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            BigDecimal s = amount.divide(total, 12, RoundingMode.HALF_UP);
            sum = sum.add(s.multiply(s));
        }
        return sum.setScale(4, RoundingMode.HALF_UP);
    }

    /** The process methods the filters accept (OCDS {@code method}). */
    public static final Set<String> METHODS = Set.of("open", "selective", "limited", "direct");

    private record MapRow(Map<String, Object> values) implements Row {
        @Override
        public String text(String column) {
            Object value = values.get(column);
            return value == null ? null : value.toString();
        }

        @Override
        public BigDecimal decimal(String column) {
            Object value = values.get(column);
            return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }

        @Override
        public long number(String column) {
            Object value = values.get(column);
            return value == null ? 0 : ((Number) value).longValue();
        }

        @Override
        public Instant instant(String column) {
            Object value = values.get(column);
            if (value == null) {
                return null;
            }
            if (value instanceof Timestamp t) {
                return t.toInstant();
            }
            if (value instanceof OffsetDateTime t) {
                return t.toInstant();
            }
            throw new IllegalStateException(column + " is not a time: " + value.getClass());
        }
    }
}
