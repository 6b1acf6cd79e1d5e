package io.careerledger.command.input;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters, path variables and headers bound to a {@code String} are {@link PlainText} too; a
 * refusal surfaces as a type mismatch naming the parameter (400, see {@code BadRequestProblems}).
 */
@ControllerAdvice
class PlainTextParameters {

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
