package org.engagement.web.merge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.merge.MergeService;
import org.engagement.core.merge.PersonMerge;
import org.engagement.core.spi.PageFeedback;
import org.engagement.web.merge.MergeOrganisations.FieldChoice;

/**
 * The person merge page, the same screen as organisations': two people side by side, the administrator choosing which
 * record is kept and, field by field, which value wins; a review step says what will happen before anything changes.
 * Reached from the possible duplicates list with both ids, or from a person's page with one, the other's record number
 * then typed in. Both versions are the ones shown, so a change made meanwhile is refused, never overwritten.
 */
@Named
@ViewScoped
public class MergePeople implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MergeService merges;

    @Inject
    private ContactService contacts;

    @Inject
    private PageFeedback feedback;

    private Long first;
    private Long second;
    private Side firstSide;
    private Side secondSide;
    private String keep = MergeOrganisations.FIRST;
    private List<FieldChoice> fields = List.of();
    private boolean reviewing;

    /** Called by the view's f:viewAction: loads both people as they are now. */
    public void load() {
        if (first == null || second == null) {
            return;
        }
        feedback.attempt(
                () -> {
                    PersonProfile a = contacts.person(first);
                    PersonProfile b = contacts.person(second);
                    Map<String, String> aValues = values(a);
                    Map<String, String> bValues = values(b);
                    List<FieldChoice> rows = new ArrayList<>();
                    PersonMerge.LABELS.forEach((field, label) ->
                            rows.add(new FieldChoice(field, label, aValues.get(field), bValues.get(field))));
                    fields = rows;
                    firstSide = new Side(a.id(), a.version(), a.name(), roles(a));
                    secondSide = new Side(b.id(), b.version(), b.name(), roles(b));
                },
                "mergeForm",
                null);
    }

    /** Each field's value as shown, empty when not recorded. */
    private static Map<String, String> values(PersonProfile p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", text(p.name()));
        values.put("phone", text(p.phone()));
        values.put("email", text(p.email()));
        values.put("preferredLanguage", text(p.preferredLanguage()));
        values.put("gender", p.gender() == null ? "" : p.gender().label());
        values.put("lawfulBasis", p.lawfulBasis() == null ? "" : p.lawfulBasis().label());
        values.put("consentNotes", text(p.consentNotes()));
        values.put("specialCategory", specialCategory(p.specialCategory()));
        return values;
    }

    private static String specialCategory(PersonProfile.SpecialCategoryData data) {
        List<String> parts = new ArrayList<>();
        if (data.healthOrEthnicity()) {
            parts.add("includes health or ethnic origin");
        }
        if (data.article9Condition() != null) {
            parts.add("Article 9: " + data.article9Condition().label());
        }
        if (data.schedule1Condition() != null) {
            parts.add("Schedule 1: " + data.schedule1Condition().label());
        }
        return String.join("; ", parts);
    }

    private static String roles(PersonProfile p) {
        String roles = p.roles().stream()
                .map(r -> r.role() + " at " + r.organisationName() + (r.ended() ? " (ended)" : ""))
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "no roles" : roles;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** From a person's page: compares them with the record number typed in. */
    public String compare() {
        return "/admin/merge-people.xhtml?faces-redirect=true&first=" + first + "&second=" + second;
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
                    PersonProfile merged = merges.mergePeople(new PersonMerge(
                            kept.id(), kept.version(), removed.id(), removed.version(), takenFromRemoved()));
                    return new PageFeedback.Outcome(
                            "Merged " + removed.name() + " into " + merged.name()
                                    + ". Everything recorded on either is now on this page.",
                            "/people/view.xhtml?faces-redirect=true&id=" + merged.id());
                },
                "mergeForm");
        if (page == null) {
            reviewing = false;
        }
        return page;
    }

    /** The fields whose winning value is on the record that will be removed. */
    Set<String> takenFromRemoved() {
        String removedSide =
                MergeOrganisations.FIRST.equals(keep) ? MergeOrganisations.SECOND : MergeOrganisations.FIRST;
        return fields.stream()
                .filter(f -> removedSide.equals(f.getWinner()))
                .map(FieldChoice::getField)
                .collect(Collectors.toSet());
    }

    public Side kept() {
        return MergeOrganisations.FIRST.equals(keep) ? firstSide : secondSide;
    }

    public Side removed() {
        return MergeOrganisations.FIRST.equals(keep) ? secondSide : firstSide;
    }

    /** The values the kept record will have, for the review step. */
    public List<String[]> getOutcome() {
        return fields.stream()
                .map(f -> new String[] {
                    f.getLabel(),
                    MergeOrganisations.FIRST.equals(f.getWinner()) ? f.getFirstValue() : f.getSecondValue()
                })
                .toList();
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
        this.keep = MergeOrganisations.SECOND.equals(keep) ? MergeOrganisations.SECOND : MergeOrganisations.FIRST;
    }

    public List<FieldChoice> getFields() {
        return fields;
    }

    public boolean isReviewing() {
        return reviewing;
    }

    /** One person as shown: their id and version are the ones the merge will insist on. */
    public record Side(long id, long version, String name, String roles) implements Serializable {}
}
