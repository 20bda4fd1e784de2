package org.engagement.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.engagement.core.shared.DomainException;
import org.engagement.core.spi.PageFeedback;
import org.omnifaces.util.Messages;

/** Sector modules' page feedback, shown through the same {@link FacesErrors} as the core's pages. */
@ApplicationScoped
public class FacesPageFeedback implements PageFeedback {

    @Override
    public boolean attempt(Runnable action, String formId, String done) {
        return attempt(
                () -> {
                    action.run();
                    return done;
                },
                formId);
    }

    @Override
    public boolean attempt(Supplier<String> action, String formId) {
        String done;
        try {
            done = action.get();
        } catch (DomainException refused) {
            FacesErrors.show(refused, formId);
            return false;
        }
        if (done != null) {
            Messages.create(done).add();
        }
        return true;
    }

    @Override
    public String navigate(Supplier<Outcome> action, String formId) {
        Outcome outcome;
        try {
            outcome = action.get();
        } catch (DomainException refused) {
            FacesErrors.show(refused, formId);
            return null;
        }
        FacesErrors.info(outcome.done());
        return outcome.page();
    }
}
