package io.careerledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.careerledger.events.Limits;

/**
 * Dates and instants a reader sends are read as ISO-8601 and held to the contract's range
 * ({@link Limits}, 1900–2999), the range of every date the command side accepts: a year PostgreSQL cannot
 * hold (+294277, −4714) was passed to it and answered 500. Outside the range is a 400 naming the
 * parameter ({@link QueryParameterProblems}).
 */
@Configuration(proxyBeanMethods = false)
public class DatesInRange implements WebMvcConfigurer {

    private static final Instant EARLIEST = Limits.earliestDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = Limits.latestDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, DatesInRange::instant);
        registry.addConverter(String.class, LocalDate.class, DatesInRange::date);
    }

    /** An ISO-8601 instant ({@code 2026-03-01T00:00:00Z}) within the contract's range. */
    public static Instant instant(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
        return inRange(instant);
    }

    /** {@code instant} if it lies within the contract's range. */
    public static Instant inRange(Instant instant) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new IllegalArgumentException("must lie between " + Limits.EARLIEST_DATE + " and " + Limits.LATEST_DATE);
        }
        return instant;
    }

    private static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 date such as 2026-03-01");
        }
        if (date.isBefore(Limits.earliestDate()) || date.isAfter(Limits.latestDate())) {
            throw new IllegalArgumentException("must lie between " + Limits.EARLIEST_DATE + " and " + Limits.LATEST_DATE);
        }
        return date;
    }
}
