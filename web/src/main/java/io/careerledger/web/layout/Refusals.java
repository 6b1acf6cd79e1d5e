package io.careerledger.web.layout;

import io.careerledger.web.api.ApiRefusal;

/** For templates ({@code ${refusals}}, a model attribute of every page: Thymeleaf forbids bean references in attributes): whether a field of a form was refused, for its aria-invalid and aria-describedby. */
public final class Refusals {

    public boolean invalid(ApiRefusal refusal, String refusedForm, String form, String field) {
        return refusal != null && form.equals(refusedForm) && refusal.concerns(field);
    }

    /** The id of the field's message (forms :: fieldError) while there is one, for its aria-describedby; none otherwise. */
    public String describedBy(ApiRefusal refusal, String refusedForm, String form, String field) {
        return invalid(refusal, refusedForm, form, field) ? form + "-" + field + "-error" : null;
    }
}
