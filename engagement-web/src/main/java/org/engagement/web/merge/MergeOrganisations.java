package org.engagement.web.merge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.engagement.core.merge.MergeService;
import org.engagement.core.merge.OrganisationMerge;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;

/**
 * The merge page: two organisations side by side, the administrator choosing which record is kept and, field by field,
 * which value wins; a review step says what will happen before anything changes. Both versions are the ones shown, so
 * a change made meanwhile by someone else is refused, never overwritten.
 */
@Named
@ViewScoped
public class MergeOrganisations implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIRST = "first";
    static final String SECOND = "second";

    @Inject
    private MergeService merges;

    @Inject
    private OrganisationService organisations;

    @Inject
    private PageFeedback feedback;

    private Long first;
    private Long second;
    private Side firstSide;
    private Side secondSide;
    private String keep = FIRST;
    private List<FieldChoice> fields = List.of();
    private boolean reviewing;

    /** Called by the view's f:viewAction: loads both organisations as they are now. */
    public void load() {
        if (first == null || second == null) {
            return;
        }
        Organisation a = organisations.getEditable(first);
        Organisation b = organisations.getEditable(second);
        firstSide = side(a);
        secondSide = side(b);
        // As shown to this reader (a restricted person's name masked in the notes): the merge itself takes the stored
        // values, whichever side's field is chosen, so nothing masked is ever saved.
        Map<String, String> aValues = organisations.shown(a).snapshot();
        Map<String, String> bValues = organisations.shown(b).snapshot();
        List<FieldChoice> rows = new ArrayList<>();
        OrganisationMerge.LABELS.forEach((field, label) -> rows.add(
                new FieldChoice(field, label, shown(field, aValues.get(field)), shown(field, bValues.get(field)))));
        fields = rows;
    }

    private Side side(Organisation o) {
        return new Side(o.getId(), o.getVersion(), o.getName(), List.copyOf(o.getTags()));
    }

    private String shown(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return "type".equals(field) ? organisations.typeLabel(value) : value;
    }

    /** Shows what the merge will do, before it is done. */
    public void review() {
        reviewing = true;
    }

    public void back() {
        reviewing = false;
    }

    public String confirm() {
        Side kept = kept();
        Side removed = removed();
        String page = feedback.navigate(
                () -> {
                    Organisation merged = merges.mergeOrganisations(new OrganisationMerge(
                            kept.id(), kept.version(), removed.id(), removed.version(), takenFromRemoved()));
                    return new Outcome(
                            "Merged " + removed.name() + " into " + merged.getName()
                                    + ". Everything recorded on either is now on this page.",
                            "/organisations/view.xhtml?faces-redirect=true&id=" + merged.getId());
                },
                "mergeForm");
        if (page == null) {
            reviewing = false;
        }
        return page;
    }

    /** The fields whose winning value is on the record that will be removed. */
    Set<String> takenFromRemoved() {
        String removedSide = FIRST.equals(keep) ? SECOND : FIRST;
        return fields.stream()
                .filter(f -> removedSide.equals(f.getWinner()))
                .map(FieldChoice::getField)
                .collect(Collectors.toSet());
    }

    public Side kept() {
        return FIRST.equals(keep) ? firstSide : secondSide;
    }

    public Side removed() {
        return FIRST.equals(keep) ? secondSide : firstSide;
    }

    /** The values the kept record will have, for the review step. */
    public List<String[]> getOutcome() {
        return fields.stream()
                .map(f ->
                        new String[] {f.getLabel(), FIRST.equals(f.getWinner()) ? f.getFirstValue() : f.getSecondValue()
                        })
                .toList();
    }

    /** Tags are never chosen between: the kept record has both's. */
    public String getCombinedTags() {
        Set<String> tags = new TreeSet<>();
        tags.addAll(firstSide.tags());
        tags.addAll(secondSide.tags());
        return tags.isEmpty() ? "(none on either)" : "Both kept: " + String.join(", ", tags);
    }

    public boolean isLoaded() {
        return firstSide != null && secondSide != null;
    }

    public Long getFirst() {
        return first;
    }

    public void setFirst(Long first) {
        this.first = first;
    }

    public Long getSecond() {
        return second;
    }

    public void setSecond(Long second) {
        this.second = second;
    }

    public Side getFirstSide() {
        return firstSide;
    }

    public Side getSecondSide() {
        return secondSide;
    }

    public String getKeep() {
        return keep;
    }

    public void setKeep(String keep) {
        this.keep = SECOND.equals(keep) ? SECOND : FIRST;
    }

    public List<FieldChoice> getFields() {
        return fields;
    }

    public boolean isReviewing() {
        return reviewing;
    }

    /** One organisation as shown: its id and version are the ones the merge will insist on. */
    public record Side(long id, long version, String name, List<String> tags) implements Serializable {}

    /** One field's two values and which one wins (the first, unless it is empty and the second is not). */
    public static final class FieldChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String label;
        private final String firstValue;
        private final String secondValue;
        private String winner;

        FieldChoice(String field, String label, String firstValue, String secondValue) {
            this.field = field;
            this.label = label;
            this.firstValue = firstValue;
            this.secondValue = secondValue;
            this.winner = firstValue.isEmpty() && !secondValue.isEmpty() ? SECOND : FIRST;
        }

        public String getField() {
            return field;
        }

        public String getLabel() {
            return label;
        }

        public String getFirstValue() {
            return firstValue;
        }

        public String getSecondValue() {
            return secondValue;
        }

        public boolean isSame() {
            return Objects.equals(firstValue, secondValue);
        }

        public String getWinner() {
            return winner;
        }

        public void setWinner(String winner) {
            this.winner = SECOND.equals(winner) ? SECOND : FIRST;
        }
    }
}
