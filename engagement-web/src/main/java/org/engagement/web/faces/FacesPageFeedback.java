package org.engagement.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.engagement.core.shared.DomainException;
import org.engagement.core.spi.PageFeedback;
import org.omnifaces.util.Messages;

/**
 * Page feedback for the core's pages and sector modules' alike, shown through {@link FacesErrors}: the one place a
 * page bean catches a service's refusal.
 */
@ApplicationScoped
public class FacesPageFeedback implements PageFeedback {

    /** Shows a refusal of an action on the given form. */
    private final BiConsumer<DomainException, String> refusals;

    public FacesPageFeedback() {
        this(FacesErrors::show);
    }

    private FacesPageFeedback(BiConsumer<DomainException, String> refusals) {
        this.refusals = refusals;
    }

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
            refusals.accept(refused, formId);
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
            refusals.accept(refused, formId);
            return null;
        }
        FacesErrors.info(outcome.done());
        return outcome.page();
    }

    @Override
    public <E extends DomainException> PageFeedback showing(Class<E> special, Function<? super E, Refusal> shown) {
        BiConsumer<DomainException, String> others = refusals;
        return new FacesPageFeedback((refused, formId) -> {
            if (special.isInstance(refused)) {
                FacesErrors.show(shown.apply(special.cast(refused)), formId);
            } else {
                others.accept(refused, formId);
            }
        });
    }
}
