package org.engagement.core.contact;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * Whether a person's record holds special category data (UK GDPR Article 9) and, if it does, that its conditions are
 * recorded and fit together: the Article 9 condition, and the Schedule 1 condition from the Part that condition needs.
 * The reasons it applies are decided by the caller (a role at a faith organisation, health or ethnicity recorded).
 */
public final class SpecialCategory {

    private SpecialCategory() {}

    /** The field errors for these conditions, where special category data {@code applies} (and why, in words). */
    public static List<FieldError> check(
            boolean applies, String why, Article9Condition article9, Schedule1Condition schedule1) {
        List<FieldError> errors = new ArrayList<>();
        if (!applies) {
            return errors;
        }
        if (article9 == null) {
            errors.add(new FieldError(
                    "article9Condition",
                    "Choose the Article 9 condition: " + why + ", which is special category data. For a"
                            + " safeguarding role this is usually 9(2)(g), substantial public interest."));
            return errors;
        }
        int part = article9.schedule1Part();
        if (part == 0 && schedule1 != null) {
            errors.add(new FieldError(
                    "schedule1Condition",
                    "Leave the Schedule 1 condition empty: " + article9.label() + " does not need one."));
        } else if (part != 0 && schedule1 == null) {
            errors.add(new FieldError(
                    "schedule1Condition",
                    "Choose the Data Protection Act 2018 Schedule 1 condition: " + article9.label() + " needs one from"
                            + " Part " + part + ", e.g. "
                            + (part == 2 ? Schedule1Condition.SAFEGUARDING : Schedule1Condition.HEALTH_SOCIAL_CARE)
                                    .label()
                            + "."));
        } else if (part != 0 && schedule1.part() != part) {
            errors.add(new FieldError(
                    "schedule1Condition",
                    "Choose a Schedule 1 condition from Part " + part + ": " + article9.label() + " needs one from"
                            + " that Part, and " + schedule1.label() + " is in Part " + schedule1.part() + "."));
        }
        return errors;
    }
}
