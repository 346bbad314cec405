package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and checks the token of an acceptance link. The token is opaque: its claims are encrypted
 * (AES-CTR), so no email or name can be read from a link, and signed with HMAC-SHA256 over the
 * encrypted bytes, checked in constant time before anything is decrypted. Both keys derive from one
 * secret that RoleCall generates itself; a change to any byte of a token makes it worthless.
 */
public final class LinkSigner {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int IV_BYTES = 16;
    private static final int MAC_BYTES = 16;
    private static final int FORMAT = 1;
    /** Longer tokens are not ours: a 254-character email and a long role id fit well within it. */
    private static final int MAX_TOKEN_CHARS = 1024;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec signatureKey;
    private final SecureRandom random = new SecureRandom();

    /** @param secret the generated secret, at least 32 bytes of it */
    public LinkSigner(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the link secret must have at least 32 bytes, not " + secret.length);
        }
        encryptionKey = new SecretKeySpec(Arrays.copyOf(derive(secret, "rolecall link encryption"), 16), "AES");
        signatureKey = new SecretKeySpec(derive(secret, "rolecall link signature"), "HmacSHA256");
    }

    public static LinkSigner fromSecret(String secret) {
        return new LinkSigner(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    public String issue(LinkClaims claims) {
        byte[] payload = String.join("\n", String.valueOf(FORMAT), claims.person().value(), claims.roleId(),
                claims.version(), String.valueOf(claims.expiresOn().toEpochDay())).getBytes(StandardCharsets.UTF_8);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] encrypted = crypt(Cipher.ENCRYPT_MODE, iv, payload);
        ByteBuffer token = ByteBuffer.allocate(IV_BYTES + encrypted.length + MAC_BYTES);
        token.put(iv).put(encrypted).put(sign(iv, encrypted));
        return ENCODER.encodeToString(token.array());
    }

    /** The claims of a token this signer issued, or empty for anything else: tampered, truncated, foreign. */
    public Optional<LinkClaims> open(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // The decoder ignores the unused low bits of the last character, so several spellings decode to
        // the same bytes; only the one this signer wrote is its token.
        if (!ENCODER.encodeToString(bytes).equals(token)) {
            return Optional.empty();
        }
        if (bytes.length <= IV_BYTES + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] iv = Arrays.copyOfRange(bytes, 0, IV_BYTES);
        byte[] encrypted = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
        if (!MessageDigest.isEqual(mac, sign(iv, encrypted))) {
            return Optional.empty();
        }
        String[] fields = new String(crypt(Cipher.DECRYPT_MODE, iv, encrypted), StandardCharsets.UTF_8).split("\n", -1);
        try {
            if (fields.length != 5 || !String.valueOf(FORMAT).equals(fields[0])) {
                return Optional.empty();
            }
            return Optional.of(new LinkClaims(Email.of(fields[1]), fields[2], fields[3],
                    LocalDate.ofEpochDay(Long.parseLong(fields[4]))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The value the acceptance form carries in a hidden field: bound to its link, so that a form
     * built elsewhere, which has no such value, records nothing.
     */
    public String formToken(String linkToken) {
        return ENCODER.encodeToString(sign("form".getBytes(StandardCharsets.UTF_8),
                linkToken.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean isFormToken(String linkToken, String candidate) {
        return candidate != null && MessageDigest.isEqual(formToken(linkToken).getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] sign(byte[] iv, byte[] encrypted) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signatureKey);
            mac.update(iv);
            return Arrays.copyOf(mac.doFinal(encrypted), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private byte[] crypt(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, encryptionKey, new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has AES/CTR", e);
        }
    }
}
