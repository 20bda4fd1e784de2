package org.engagement.core.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** A numbered outcome of a plan ("4. Children are safer in the night-time economy"); its actions are numbered under it. */
@Entity
@Table(name = "plan_outcome")
@NamedQuery(name = "Outcome.ofPlan", query = "select o from Outcome o where o.plan.id = :plan order by o.number")
public class Outcome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_outcome_seq")
    @SequenceGenerator(name = "plan_outcome_seq", sequenceName = "plan_outcome_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 400)
    private String title;

    protected Outcome() {}

    public Outcome(ActionPlan plan, int number, String title) {
        List<FieldError> errors = new ArrayList<>();
        if (number < 1) {
            errors.add(new FieldError("outcomeNumber", "Number outcomes from 1."));
        }
        String clean = Text.required(title, "outcomeTitle", "Enter the outcome's title.", 400, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.plan = plan;
        this.number = number;
        this.title = clean;
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }
}
