package org.doorman.app.input;

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
import java.util.Locale;
import java.util.Set;

/**
 * A language Doorman speaks and writes in: {@code de} or {@code en}, in any case and with surrounding spaces
 * ({@link Check#normalized}). Null or blank passes: say {@code @NotBlank} where one is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = LanguageCode.Check.class)
public @interface LanguageCode {

    /** The codes, in lower case. */
    Set<String> CODES = Set.of("de", "en");

    String message() default "'${validatedValue}' is not supported: use 'de' or 'en'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<LanguageCode, String> {

        /** The code as it is stored: stripped and in lower case. */
        public static String normalized(String code) {
            return code.strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CODES.contains(normalized(value));
        }
    }
}
