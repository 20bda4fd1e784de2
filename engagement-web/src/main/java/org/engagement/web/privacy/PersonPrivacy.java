package org.engagement.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.engagement.core.privacy.ObjectionDecision;
import org.engagement.core.privacy.PersonSummary;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.privacy.SubjectAccessPdf;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.RecordViews;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A person's page in the privacy tools: who they are, and their subject access export as PDF or JSON. */
@Named
@ViewScoped
public class PersonPrivacy implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Thread-safe and costly to make: one for every export. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private PrivacyService privacy;

    @Inject
    private PageFeedback feedback;

    @Inject
    private RecordViews views;

    private Long id;
    private PersonSummary person;
    private String reason;
    private String restrictionReason;
    private String objectionGrounds;
    private ObjectionDecision objectionDecision;
    private String objectionReason;

    /** Called by the view's f:viewAction. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Person", "(no id given)");
        }
        person = privacy.person(id);
        views.viewed(RecordKinds.PERSON_FOR_PRIVACY, id, id);
    }

    public StreamedContent exportPdf() {
        byte[] pdf = SubjectAccessPdf.of(privacy.subjectAccess(id, "PDF"));
        views.exported(RecordKinds.SUBJECT_ACCESS_EXPORT, id, "PDF");
        return download(pdf, "subject-access-" + id + ".pdf", "application/pdf");
    }

    /** The same JSON the API gives. */
    public StreamedContent exportJson() {
        byte[] json = JSON.toJson(privacy.subjectAccess(id, "JSON")).getBytes(StandardCharsets.UTF_8);
        views.exported(RecordKinds.SUBJECT_ACCESS_EXPORT, id, "JSON");
        return download(json, "subject-access-" + id + ".json", "application/json");
    }

    private static StreamedContent download(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(type)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /** Erases the person for the reason given; a refusal (a licence in force) or a missing reason shows why. */
    public void erase() {
        feedback.attempt(
                () -> {
                    privacy.erase(id, reason);
                    reason = null;
                    load();
                    return "Erased. Their details and every mention of them are gone; their records still count in the"
                            + " figures as " + person.name() + ".";
                },
                "eraseForm");
    }

    /** Restricts processing, or lifts the restriction, for the reason given. */
    public void toggleRestriction() {
        feedback.attempt(
                () -> {
                    if (isRestricted()) {
                        privacy.liftRestriction(id, restrictionReason);
                    } else {
                        privacy.restrict(id, restrictionReason);
                    }
                    restrictionReason = null;
                    load();
                    return isRestricted()
                            ? "Restricted: nobody else sees " + person.name() + " until you lift it."
                            : "Restriction lifted: " + person.name() + " is shown again.";
                },
                "restrictForm");
    }

    /** Records an objection (Article 21) and the officer's decision; missing fields or a refusal show why. */
    public void recordObjection() {
        feedback.attempt(
                () -> {
                    privacy.object(id, objectionGrounds, objectionDecision, objectionReason);
                    ObjectionDecision decided = objectionDecision;
                    objectionGrounds = null;
                    objectionDecision = null;
                    objectionReason = null;
                    load();
                    return "Objection recorded. " + decided.label() + ".";
                },
                "objectionForm");
    }

    public ObjectionDecision[] getObjectionDecisions() {
        return ObjectionDecision.values();
    }

    public String getObjectionGrounds() {
        return objectionGrounds;
    }

    public void setObjectionGrounds(String objectionGrounds) {
        this.objectionGrounds = objectionGrounds;
    }

    public ObjectionDecision getObjectionDecision() {
        return objectionDecision;
    }

    public void setObjectionDecision(ObjectionDecision objectionDecision) {
        this.objectionDecision = objectionDecision;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public void setObjectionReason(String objectionReason) {
        this.objectionReason = objectionReason;
    }

    public boolean isRestricted() {
        return person != null && person.restricted();
    }

    public String getRestrictionReason() {
        return restrictionReason;
    }

    public void setRestrictionReason(String restrictionReason) {
        this.restrictionReason = restrictionReason;
    }

    public boolean isErased() {
        return person != null && person.erased();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonSummary getPerson() {
        return person;
    }
}
