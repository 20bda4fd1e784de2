package org.engagement.core.shared;

import java.io.Serializable;
import java.util.List;

/** An imported file broke rules on some of its lines. Carries every bad line, so the whole file can be fixed at once. */
public class InvalidLinesException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<LineError> lines;

    public InvalidLinesException(List<LineError> lines) {
        super(lines.stream()
                .map(e -> new FieldError("line " + e.line(), "Line " + e.line() + ": " + e.message()))
                .toList());
        this.lines = List.copyOf(lines);
    }

    public List<LineError> lines() {
        return lines;
    }

    /** One problem on one line of the file (the header is line 1). */
    public record LineError(int line, String message) implements Serializable {}
}
