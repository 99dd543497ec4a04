package org.policykg.ingest.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entity ids are derived from type and canonical name, so every document merges into the same node. */
public final class EntityId {

    private EntityId() {
    }

    public static String of(EntityType type, String canonicalName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((type.name() + ":" + canonicalName).getBytes(StandardCharsets.UTF_8));
            return type.idPrefix() + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
