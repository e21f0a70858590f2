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
import java.util.regex.Pattern;

/**
 * A member's handle: 2 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; case and surrounding
 * spaces do not count ({@link Check#normalized}). Null or blank passes: say {@code @NotBlank} where one is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = Handle.Check.class)
public @interface Handle {

    String message() default
            "'${validatedValue}' is not valid: use 2 to 64 letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Handle, String> {

        private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

        /** The handle as it is stored: stripped and in lower case. */
        public static String normalized(String handle) {
            return handle.strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || HANDLE.matcher(normalized(value)).matches();
        }
    }
}
