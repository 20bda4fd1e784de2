package org.engagement.core.spi;

import java.util.function.Supplier;

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

    /** What a finished action says, and the page it goes to (a navigation outcome). */
    record Outcome(String done, String page) {}
}
