package org.engagement.core.importing;

import java.io.Serializable;

/** Something wrong with one row of the file, at the column (the file's heading) that holds it, if one does. */
public record ImportProblem(int line, String column, String message) implements Serializable {

    /** "Row 12, Postcode: Enter a postcode like DN1 1AA." */
    public String describe() {
        return "Row " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
