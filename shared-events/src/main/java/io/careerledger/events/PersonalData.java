package io.careerledger.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that holds personal data of the person the event is about ({@link CareerEvent#subject()}):
 * on the topic and in the event store its text is AES-GCM ciphertext under that person's data key
 * ({@link PersonalDataCipher}); a list holds one ciphertext per item. Once the person's data is erased
 * ({@link PersonalDataErased}) the key is gone and the field reads as {@link PersonalDataCipher#ERASED}.
 * The published JSON Schemas show it as {@code "x-personal-data": true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
