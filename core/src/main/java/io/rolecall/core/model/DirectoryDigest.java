package io.rolecall.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of a directory's people, fed one person at a time as a source adds them, in the
 * source's order: cheaper than sorting 100,000 people afterwards, and the sources list people in a
 * stable order (an export as written, Okta and Google by their own keys). A source that reorders only
 * costs the scan its shortcut for an unchanged directory, never a wrong result.
 */
final class DirectoryDigest {

    private static final String[] NO_GROUPS = new String[0];

    private final Feed feed = new Feed(ContentHash.sha256());
    private String hex;

    void add(Person person) {
        if (hex != null) {
            throw new IllegalStateException("the digest is already finished");
        }
        feed.field(person.id());
        feed.field(person.email().value());
        feed.field(person.name());
        feed.field(person.status().name());
        feed.field(person.type().name());
        feed.field(person.title());
        feed.field(person.department());
        feed.field(person.manager() == null ? null : person.manager().value());
        feed.field(person.endDate() == null ? null : person.endDate().toString());
        for (String group : sortedGroups(person)) {
            feed.field(group);
        }
        feed.end();
    }

    String finish() {
        if (hex == null) {
            hex = HexFormat.of().formatHex(feed.digest());
        }
        return hex;
    }

    /** A person's groups sorted (Okta and Google list memberships group by group); most people have a handful. */
    private static String[] sortedGroups(Person person) {
        String[] groups = person.groups().toArray(NO_GROUPS);
        for (int i = 1; i < groups.length; i++) {
            String group = groups[i];
            int j = i - 1;
            while (j >= 0 && groups[j].compareTo(group) > 0) {
                groups[j + 1] = groups[j];
                j--;
            }
            groups[j + 1] = group;
        }
        return groups;
    }

    /**
     * Feeds fields to the digest through one buffer: a directory of 100,000 people is a million
     * fields, and a digest update per field costs more than the hashing.
     */
    private static final class Feed {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[1 << 16];
        private int length;

        Feed(MessageDigest digest) {
            this.digest = digest;
        }

        /** A field, then a unit separator; an absent field is a NUL, which no text field holds. */
        void field(String text) {
            if (text == null) {
                put((byte) 0);
            } else if (!putAscii(text)) {
                flush();
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            put((byte) 0x1F);
        }

        /**
         * Copies text that is all ASCII (nearly every field) straight into the buffer, which is faster
         * than encoding it and leaves no garbage behind: a million fields' worth of byte arrays costs
         * the read a collection. False, with nothing copied, for any other text.
         */
        private boolean putAscii(String text) {
            int n = text.length();
            if (n > buffer.length) {
                return false;
            }
            if (length + n > buffer.length) {
                flush();
            }
            int at = length;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return false;
                }
                buffer[at++] = (byte) c;
            }
            length = at;
            return true;
        }

        void end() {
            put((byte) 0x1E);
        }

        private void put(byte b) {
            if (length == buffer.length) {
                flush();
            }
            buffer[length++] = b;
        }

        private void flush() {
            digest.update(buffer, 0, length);
            length = 0;
        }

        byte[] digest() {
            flush();
            return digest.digest();
        }
    }
}
