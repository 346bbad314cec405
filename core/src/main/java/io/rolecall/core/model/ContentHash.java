package io.rolecall.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text or bytes, as lower-case hex: stable ids and change detection that survive restarts. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * A fresh SHA-512/256 digest: SHA-2's strength at 256 bits, computed in 64-bit words, which makes
     * it about a third cheaper than SHA-256 where the JVM has no SHA instructions for it (a short
     * command runs on the C1 compiler alone, see bin/rolecall). For large content fed in parts, where
     * only equality matters (the directory's digest); nothing outside RoleCall recomputes it.
     */
    public static MessageDigest sha512t256() {
        try {
            return MessageDigest.getInstance("SHA-512/256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-512/256", e);
        }
    }

    /** A fresh SHA-256 digest, for content fed in parts. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
