package org.engagement.core.sharing;

import java.util.List;
import org.engagement.core.shared.ConflictException;

/** The agreement cannot move to the requested status; carries every reason, not just the first. */
public class TransitionRefusedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final AgreementStatus from;
    private final AgreementStatus to;
    private final List<String> reasons;

    public TransitionRefusedException(AgreementStatus from, AgreementStatus to, List<String> reasons) {
        super("The agreement cannot move from " + from.label() + " to " + to.label() + ": "
                + String.join(" ", reasons));
        this.from = from;
        this.to = to;
        this.reasons = List.copyOf(reasons);
    }

    public AgreementStatus from() {
        return from;
    }

    public AgreementStatus to() {
        return to;
    }

    public List<String> reasons() {
        return reasons;
    }
}
