package org.engagement.core.importing;

import java.io.Serializable;

/** A field of the record being imported that a column of the file can fill. */
public record ImportField(String key, String label, boolean required) implements Serializable {}
