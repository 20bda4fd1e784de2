package org.engagement.core.shared;

/** The version a client last read, which every API change must send so that a newer change is never overwritten. */
public final class RequestVersion {

    private static final String SEND_IT = "Send the version you last read, so a newer change is not overwritten.";

    private RequestVersion() {}

    /** The version sent, or a field error on "version" saying to send it. */
    public static long required(Long version) {
        return required(version, SEND_IT);
    }

    /** As {@link #required(Long)}, with a message that says more (what to send for a record not yet made). */
    public static long required(Long version, String message) {
        if (version == null) {
            throw new InvalidInputException("version", message);
        }
        return version;
    }
}
