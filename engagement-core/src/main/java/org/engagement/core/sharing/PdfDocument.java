package org.engagement.core.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.engagement.core.shared.InvalidInputException;

/**
 * An uploaded file that has been checked to be a PDF of acceptable size. The check reads the content's
 * {@code %PDF-} signature: a file name or a declared content type says nothing about what a file is.
 */
public record PdfDocument(String filename, byte[] content, String sha256) {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public static PdfDocument check(String filename, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("document", "The file is empty. Choose the signed agreement as a PDF.");
        }
        checkSize(content.length, maxBytes);
        if (content.length < SIGNATURE.length || !Arrays.equals(Arrays.copyOf(content, SIGNATURE.length), SIGNATURE)) {
            throw new InvalidInputException(
                    "document",
                    "Only PDF files are accepted, and " + displayName(filename)
                            + " is not a PDF. Save or scan the signed agreement as a PDF.");
        }
        return new PdfDocument(safeName(filename), content.clone(), sha256(content));
    }

    /** Lets a caller refuse an oversized upload by its declared size, before reading it into memory. */
    public static void checkSize(long size, long maxBytes) {
        if (size > maxBytes) {
            throw new InvalidInputException(
                    "document",
                    "The file is " + megabytes(size) + " MB; the largest accepted is " + megabytes(maxBytes)
                            + " MB. Scan at a lower resolution or compress it.");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String displayName(String filename) {
        return filename == null || filename.isBlank() ? "this file" : "'" + filename.strip() + "'";
    }

    /** The last path segment only, without control characters, so it is safe in a download header. */
    private static String safeName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "agreement.pdf";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
