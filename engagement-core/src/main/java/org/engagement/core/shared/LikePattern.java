package org.engagement.core.shared;

/**
 * Turns text a user typed into a {@code LIKE} pattern that matches it literally: {@code %} and {@code _} typed by
 * the user are escaped, so "100%" finds "100%" and not everything beginning "100". Every query using such a pattern
 * must name the escape character: {@code like :p escape '!'} in JPQL or SQL ({@link #ESCAPE_CLAUSE}), or
 * {@code cb.like(x, pattern, LikePattern.ESCAPE)} in the criteria API. Callers fold case themselves, the same way
 * on both sides. The escape character is '!' rather than a backslash, which JPQL and SQL string literals treat
 * differently.
 */
public final class LikePattern {

    public static final char ESCAPE = '!';

    /** Append after the pattern parameter: {@code "where lower(x) like :p" + LikePattern.ESCAPE_CLAUSE}. */
    public static final String ESCAPE_CLAUSE = " escape '!'";

    private LikePattern() {}

    /** Anywhere in the value. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** At the start of the value. */
    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    /** The text with the escape character itself, {@code %} and {@code _} escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
