package org.engagement.core.spi;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.engagement.core.shared.DomainException;

/**
 * How a sector module's page beans run a user's action and tell the user how it went, exactly as the core's own
 * pages do: a refusal's field errors beside their fields inside the given form, any other refusal at the top of
 * the page, and a confirmation when it worked. The web module implements it (the core names no web framework),
 * so modules inject it instead of each writing the same message handling.
 */
public interface PageFeedback {

    /**
     * Runs the action; if a service refuses it, shows why and marks the request as failed.
     *
     * @param formId the client id of the form holding the fields, e.g. {@code tabs:faithForm}
     * @param done the confirmation shown when the action worked; null for none (loading a page's record)
     * @return whether the action worked
     */
    boolean attempt(Runnable action, String formId, String done);

    /**
     * Runs an action whose confirmation depends on what it did (an import's counts): it returns the confirmation, or
     * null for none. A refusal is shown as {@link #attempt(Runnable, String, String)} shows it.
     *
     * @return whether the action worked
     */
    boolean attempt(Supplier<String> action, String formId);

    /**
     * Runs an action that ends on another page (a saved record's own page, say). The action returns its confirmation
     * and where to go; the confirmation is kept across the redirect. If a service refuses it, shows why as
     * {@link #attempt(Runnable, String, String)} does.
     *
     * @return the page to go to, or null to stay on this one after a refusal
     */
    String navigate(Supplier<Outcome> action, String formId);

    /**
     * This feedback, except that a refusal of type {@code special} is shown as {@code shown} says: for a refusal that
     * carries more than its message (an import's bad lines, the reasons an agreement cannot change status, a likely
     * duplicate to confirm, a standard's problems beside its row). Any other refusal is shown as before. {@code shown}
     * may also note the refusal on the page (the lines to list, the duplicate to offer to override).
     */
    <E extends DomainException> PageFeedback showing(Class<E> special, Function<? super E, Refusal> shown);

    /** What a finished action says, and the page it goes to (a navigation outcome). */
    record Outcome(String done, String page) {}

    /**
     * What the page shows for a refusal, in order: each message beside a field of the action's form (the field's id
     * inside it, e.g. {@code file} or {@code standards:2:rating}; the page knows its own fields) or, when its field is
     * null, at the top of the page; all errors, or all warnings (something to confirm rather than correct, which does
     * not fail the request).
     */
    record Refusal(boolean warning, List<Message> messages) {

        public Refusal {
            messages = List.copyOf(messages);
        }

        /** One message, and the field it is shown beside (null: at the top of the page). */
        public record Message(String field, String text) {}

        /** Errors at the top of the page. */
        public static Refusal atTop(List<String> texts) {
            return beside(null, texts);
        }

        /** Errors beside one field. */
        public static Refusal beside(String field, List<String> texts) {
            return new Refusal(
                    false, texts.stream().map(text -> new Message(field, text)).toList());
        }

        /** A warning at the top of the page: the user may confirm and go on. */
        public static Refusal warningAtTop(String text) {
            return new Refusal(true, List.of(new Message(null, text)));
        }
    }
}
