package org.engagement.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.OpenFollowUp;
import org.engagement.core.spi.PageFeedback;
import org.omnifaces.util.Messages;

/** The signed-in user's open follow-ups, overdue first, and marking one done. */
@Named
@RequestScoped
public class MyFollowUps {

    @Inject
    private PageFeedback feedback;

    @Inject
    private EngagementService engagements;

    private List<OpenFollowUp> open = List.of();

    @PostConstruct
    void load() {
        open = engagements.myOpenFollowUps();
    }

    public void markDone(OpenFollowUp followUp) {
        feedback.attempt(
                () -> {
                    engagements.completeFollowUp(followUp.engagementId(), followUp.engagementVersion(), followUp.id());
                    Messages.create("Done: {0}", followUp.action()).add();
                },
                "followUps",
                null);
        load();
    }

    public List<OpenFollowUp> getOpen() {
        return open;
    }

    public long getOverdueCount() {
        return open.stream().filter(OpenFollowUp::overdue).count();
    }
}
