package org.engagement.core.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What a dry run found: every problem by row and column, how many rows would be new, and the rows that match a record
 * already kept (by line, with what they match). Nothing is written by a dry run.
 */
public record ImportCheck(int rows, List<ImportProblem> problems, List<Match> matches) implements Serializable {

    public ImportCheck {
        problems = List.copyOf(problems);
        matches = List.copyOf(matches);
    }

    /** A row of the file that is a record already kept. */
    public record Match(int line, long id, String name) implements Serializable {}

    public boolean isClean() {
        return problems.isEmpty();
    }

    public int newRows() {
        return rows
                - matches.size()
                - (int) problems.stream().map(ImportProblem::line).distinct().count();
    }
}
