package io.careerledger.web.layout;

import org.springframework.stereotype.Component;

import io.careerledger.web.api.ApiRefusal;

/** For templates ({@code @refusals}): whether a field of a form was refused, for its aria-invalid. */
@Component("refusals")
public class Refusals {

    public boolean invalid(ApiRefusal refusal, String refusedForm, String form, String field) {
        return refusal != null && form.equals(refusedForm) && refusal.concerns(field);
    }
}
