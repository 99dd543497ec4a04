package org.policykg.ingest.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A decoded document. Its id is the hash of its text: the same text always gets the same id. */
public record SourceDocument(String id, DocumentMeta meta, String text, String charset) {

    public static SourceDocument of(DocumentMeta meta, TextDecoder.Decoded decoded) {
        return new SourceDocument(contentId(decoded.text()), meta, decoded.text(), decoded.charset());
    }

    public static String contentId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return "d" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
