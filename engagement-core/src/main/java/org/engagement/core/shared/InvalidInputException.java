package org.engagement.core.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input broke a rule. Carries every problem found, each tied to the field (or line) it concerns. */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One problem: the field (or CSV line) it concerns and what to do about it. */
    public record FieldError(String field, String message) {}
}
