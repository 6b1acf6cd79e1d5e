package io.careerledger.command.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import io.careerledger.support.input.PlainText;
import io.careerledger.events.Limits;

/**
 * How request bodies are read (Spring Boot adds the module to its JSON mapper): every string is
 * {@link PlainText}, dates and instants are ISO-8601 text within {@link Limits}' range. Jackson alone would
 * read {@code "hireDate": 20240101} as day 20,240,101 after 1970 and accept the year +100000.
 */
@Configuration(proxyBeanMethods = false)
class RequestJsonConfiguration {

    static final String DATE_EXPECTED = "must be a date written YYYY-MM-DD, from " + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE;
    static final String INSTANT_EXPECTED = "must be an instant written like 2026-04-14T09:30:00Z, from "
            + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE;

    @Bean
    JacksonModule requestInput() {
        return new SimpleModule("career-ledger-request-input")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, DATE_EXPECTED,
                        text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), date -> date))
                .addDeserializer(Instant.class, new InRange<>(Instant.class, INSTANT_EXPECTED,
                        text -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from),
                        instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    private static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                PlainText.problem(text).ifPresent(problem -> {
                    throw new RefusedValue(parser, problem, text, String.class);
                });
            }
            return text;
        }
    }

    /** A date or instant given as text (never a number), within the contract's range. */
    private static final class InRange<T> extends StdScalarDeserializer<T> {

        private final String expected;
        private final Function<String, T> parse;
        private final Function<T, LocalDate> day;

        InRange(Class<T> type, String expected, Function<String, T> parse, Function<T, LocalDate> day) {
            super(type);
            this.expected = expected;
            this.parse = parse;
            this.day = day;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(parser, expected + ", as text, not " + kind(parser.currentToken()),
                        parser.getString(), handledType());
            }
            String text = parser.getString();
            T value;
            try {
                value = parse.apply(text.strip());
            } catch (DateTimeParseException e) {
                throw new RefusedValue(parser, expected + ", not '" + text + "'", text, handledType());
            }
            LocalDate date = day.apply(value);
            if (date.isBefore(Limits.earliestDate()) || date.isAfter(Limits.latestDate())) {
                throw new RefusedValue(parser, expected + ", not '" + text + "'", text, handledType());
            }
            return value;
        }

        private static String kind(JsonToken token) {
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                default -> String.valueOf(token);
            };
        }
    }
}
