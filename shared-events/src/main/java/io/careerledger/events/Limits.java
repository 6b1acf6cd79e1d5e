package io.careerledger.events;

import java.time.LocalDate;

/**
 * The longest text each kind of field may hold, and the dates a field may name: the one source for the
 * command-service's request validation, the event records' {@code @Size} (hence the published JSON
 * Schemas' {@code maxLength}) and the query-service's column sizes. Lengths count UTF-16 units, as Java
 * and JSON Schema validators do; a PostgreSQL {@code VARCHAR(n)} counts code points, so it always fits.
 */
public final class Limits {

    /** Ids: the UUIDs clients choose and the ids people give frameworks, tracks, competencies, milestones. */
    public static final int ID = 64;
    /** Who acted: the subject of their token, as the identity provider issued it. */
    public static final int ACTOR = 255;
    /** Names and titles of people, frameworks, tracks, levels, teams, review cycles, goals. */
    public static final int NAME = 200;
    /** An email address: RFC 5321's longest path less its angle brackets. */
    public static final int EMAIL = 254;
    /** Reasons, comments, measures, links, items of evidence. */
    public static final int REASON = 2000;
    /** Justifications, rationales, descriptions, agendas, milestone evidence. */
    public static final int TEXT = 4000;
    /** Conversation notes and summaries. */
    public static final int NOTE = 10_000;
    /** Entries of a list in a request. */
    public static final int ITEMS = 100;

    /** The earliest date a field may name (ISO-8601, {@code YYYY-MM-DD}). */
    public static final String EARLIEST_DATE = "1900-01-01";
    /** The latest date a field may name. */
    public static final String LATEST_DATE = "2999-12-31";
    /** Dates as the contract writes them: four-digit years 1900 to 2999. */
    public static final String DATE_PATTERN = "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$";
    /** Instants as the contract writes them: ISO-8601 in UTC with a four-digit year 1900 to 2999. */
    public static final String INSTANT_PATTERN = "^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}T.*$";

    private Limits() {
    }

    public static LocalDate earliestDate() {
        return LocalDate.parse(EARLIEST_DATE);
    }

    public static LocalDate latestDate() {
        return LocalDate.parse(LATEST_DATE);
    }
}
