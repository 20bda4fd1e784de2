package org.engagement.core.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * What a session's evaluation forms said: how many came back, how many said their knowledge or skills improved,
 * and average confidence before and after (1 to 5).
 */
@Embeddable
public class Evaluation implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    @Column(name = "evaluation_forms")
    private Integer forms;

    @Column(name = "improved_count")
    private Integer improved;

    @Column(name = "confidence_before", precision = 3, scale = 2)
    private BigDecimal confidenceBefore;

    @Column(name = "confidence_after", precision = 3, scale = 2)
    private BigDecimal confidenceAfter;

    protected Evaluation() {}

    public Evaluation(int forms, int improved, BigDecimal confidenceBefore, BigDecimal confidenceAfter) {
        List<FieldError> errors = new ArrayList<>();
        if (forms < 0) {
            errors.add(new FieldError("evaluationForms", "The number of evaluation forms cannot be negative."));
        }
        if (improved < 0 || improved > forms) {
            errors.add(new FieldError(
                    "improved", "Those who said they improved must be between 0 and the number of forms."));
        }
        checkConfidence(confidenceBefore, "confidenceBefore", errors);
        checkConfidence(confidenceAfter, "confidenceAfter", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.forms = forms;
        this.improved = improved;
        this.confidenceBefore = confidenceBefore;
        this.confidenceAfter = confidenceAfter;
    }

    private static void checkConfidence(BigDecimal value, String field, List<FieldError> errors) {
        if (value != null && (value.compareTo(ONE) < 0 || value.compareTo(FIVE) > 0)) {
            errors.add(new FieldError(field, "Average confidence is on a scale of 1 to 5."));
        }
    }

    /** Whole per cent who said they improved, as the report quotes it ("100% improved"); null without forms. */
    public Integer improvedPercent() {
        return forms == null || forms == 0 ? null : Math.round(100f * improved / forms);
    }

    public Integer getForms() {
        return forms;
    }

    public Integer getImproved() {
        return improved;
    }

    public BigDecimal getConfidenceBefore() {
        return confidenceBefore;
    }

    public BigDecimal getConfidenceAfter() {
        return confidenceAfter;
    }
}
