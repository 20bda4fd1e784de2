package org.engagement.core.privacy;

import java.io.Serializable;

/** A person as the data protection officer's finder lists them: enough to tell two people of one name apart. */
public record PersonSummary(
        long id, String name, String email, String phone, String organisations, boolean erased, boolean restricted)
        implements Serializable {}
