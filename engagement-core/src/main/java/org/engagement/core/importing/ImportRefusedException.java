package org.engagement.core.importing;

import java.util.List;
import org.engagement.core.shared.DomainException;

/** An import refused as a whole: the file has problems; nothing was written. */
public class ImportRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final transient List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was imported. Correct them and try again: "
                + String.join(
                        " ",
                        problems.stream().limit(5).map(ImportProblem::describe).toList())
                + (problems.size() > 5 ? " ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
