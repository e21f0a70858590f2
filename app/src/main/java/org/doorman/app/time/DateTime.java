package org.doorman.app.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An instant as the API takes it ({@link Instants#parse}): an ISO-8601 date-time or date between the years 1900 and
 * 9999. Null or blank passes: say {@code @NotBlank} where one is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = DateTime.Check.class)
public @interface DateTime {

    String message() default
            "must be an ISO-8601 date-time such as 2026-03-12T18:00:00Z between the years 1900 and 9999";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<DateTime, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Instants.readable(value);
        }
    }
}
