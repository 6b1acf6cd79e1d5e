package io.careerledger.support.input;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters, path variables and headers bound to a {@code String} are {@link PlainText} too, in
 * both services; a refusal surfaces as a type mismatch naming the parameter, which each service answers
 * with a 400 problem (PostgreSQL would otherwise refuse a NUL in a query's parameter with a 500).
 */
@ControllerAdvice
public class PlainTextParameters {

    @InitBinder
    void plainText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                PlainText.problem(text).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
                setValue(text);
            }
        });
    }
}
