package io.careerledger.web.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** For templates ({@code ${words}}, a model attribute of every page: Thymeleaf forbids bean references in attributes): the services' codes and instants as a person reads them. */
public final class Words {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** CAREER_PLANNING → Career planning */
    public String of(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
