package org.doorman.app.members;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** One entry of a profile's offers, seeks, interests or groups: some text, at most 200 characters. */
@Documented
@Retention(RUNTIME)
@Target(TYPE_USE)
@Constraint(validatedBy = {})
@NotBlank(message = "is an empty entry")
@Size(max = 200, message = "is longer than 200 characters")
public @interface Term {

    String message() default "is not a valid entry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
