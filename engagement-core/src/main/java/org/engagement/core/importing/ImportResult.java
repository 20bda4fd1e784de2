package org.engagement.core.importing;

import java.io.Serializable;

/** What an import did. */
public record ImportResult(int created, int updated, int skipped) implements Serializable {}
