package io.careerledger.command.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value this service refuses, with a message for the person who sent it (no Jackson jargon). */
public final class RefusedValue extends InvalidFormatException {

    RefusedValue(JsonParser parser, String message, Object value, Class<?> targetType) {
        super(parser, message, value, targetType);
    }
}
