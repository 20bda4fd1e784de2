package org.engagement.core.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An action's measure bound to a figure the product computes: the figure, the target and the date it is due by.
 * For a figure that counts what happens in a period (people trained) the count runs from {@code countFrom}.
 */
@Embeddable
public class Measure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "figure_id", length = 100)
    private String figureId;

    @Column(name = "target", precision = 12, scale = 2)
    private BigDecimal target;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "count_from")
    private LocalDate countFrom;

    protected Measure() {}

    Measure(String figureId, BigDecimal target, LocalDate targetDate, LocalDate countFrom) {
        this.figureId = figureId;
        this.target = target;
        this.targetDate = targetDate;
        this.countFrom = countFrom;
    }

    public String getFigureId() {
        return figureId;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public LocalDate getCountFrom() {
        return countFrom;
    }

    boolean isBound() {
        return figureId != null;
    }
}
