package org.doorman.app.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * The one wording of what Bean Validation refused, for a problem's {@code detail} or a page: each field as the caller
 * wrote it and what is wrong with it ({@code "name is missing; offers[3] has more than 200 characters."}).
 */
public final class Violations {

    private static final int MAX_PART = 200;

    private Violations() {}

    /** The violations of a record checked outside a controller. */
    public static String detail(Collection<? extends ConstraintViolation<?>> violations) {
        return joined(violations.stream().map(Violations::part));
    }

    /** The errors Spring collected from a request body, a form or a parameter ({@code name} when it is one). */
    public static String detail(String name, Collection<? extends MessageSourceResolvable> errors) {
        return joined(errors.stream().map(error -> part(name, error)));
    }

    /** What method validation refused: each parameter by its name, or the fields of a record it names. */
    public static String detail(List<ParameterValidationResult> results) {
        return joined(results.stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> part(result.getMethodParameter().getParameterName(), error))));
    }

    private static String joined(Stream<String> parts) {
        return parts.distinct().sorted(Comparator.naturalOrder()).collect(Collectors.joining("; ", "", "."));
    }

    private static String part(String name, MessageSourceResolvable error) {
        if (error instanceof FieldError field) {
            if (field.contains(ConstraintViolation.class)) {
                return part(field.unwrap(ConstraintViolation.class));
            }
            // a form's text that did not convert: Spring's own message names Java types
            return said(
                    field.getField(),
                    field.isBindingFailure() ? "has a value of the wrong kind" : field.getDefaultMessage());
        }
        return said(name, error.getDefaultMessage());
    }

    private static String part(ConstraintViolation<?> violation) {
        return said(field(violation.getPropertyPath()), violation.getMessage());
    }

    /**
     * The field's name as it stands in the body or the form: the last property of the path, with the index of a
     * list's entry ({@code offers[3]}, {@code templates[2].language}); records unwrapped into the body (a profile)
     * do not show.
     */
    static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.isInIterable() && node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]." + node.getName(); // templates[2].language
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
        }
        return name;
    }

    private static String said(String field, String message) {
        String text = (field == null || field.isEmpty() ? "the body" : field) + " " + message;
        return text.length() > MAX_PART ? text.substring(0, MAX_PART) + "…" : text;
    }
}
