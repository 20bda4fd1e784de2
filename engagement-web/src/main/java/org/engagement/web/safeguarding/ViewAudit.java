package org.engagement.web.safeguarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.SafeguardingService;
import org.engagement.core.safeguarding.StandardComparison;
import org.engagement.core.shared.DomainException;
import org.engagement.web.faces.FacesErrors;
import org.omnifaces.util.Messages;

/** A finished (or draft) audit, read-only, standard by standard beside the previous audit, with its actions. */
@Named
@ViewScoped
public class ViewAudit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SafeguardingService safeguarding;

    private Long id;
    private Audit audit;
    private Audit previous;
    private List<Line> lines = List.of();
    private boolean mayEdit;

    /** One standard: the comparison with the previous audit and this audit's finding. */
    public record Line(StandardComparison comparison, Finding finding) {
    }

    /** Called by the view's f:viewAction. */
    public void load() {
        audit = safeguarding.audit(id);
        previous = safeguarding.previousAudit(audit).orElse(null);
        mayEdit = safeguarding.canEdit(audit.getOrganisation());
        Map<String, Finding> findings = audit.getFindings().stream()
                .collect(Collectors.toMap(f -> f.getStandard().getCode(), Function.identity()));
        lines = safeguarding.comparison(id).stream().map(c -> new Line(c, findings.get(c.standardCode()))).toList();
    }

    public void completeAction(long findingId) {
        try {
            safeguarding.completeAction(id, audit.getVersion(), findingId);
            Messages.create("Action marked done.").add();
            load();
        } catch (DomainException refused) {
            FacesErrors.show(refused, "auditView");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Audit getAudit() {
        return audit;
    }

    public Audit getPrevious() {
        return previous;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
