package io.careerledger.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the read side withholds: its JSON Schema says from whom ({@code x-withheld-from}), and the
 * query-service's views and audit log leave it out for those readers (listed in their {@code withheld}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Withheld {

    /** Who may not read it, in words. */
    String from();
}
