package io.rolecall.core.model;

/**
 * What a scan must know about a directory to tell whether it changed since the latest scan: the
 * digest of everyone in it (see {@link DirectorySnapshot#digest()}), how many people it lists, and
 * how many of them are active holders (the change guard's base).
 */
public record DirectoryFingerprint(String digest, int people, int activeHolders) {

    /** Takes the fingerprint of people given one at a time, keeping none of them. */
    public static Taker taker() {
        return new Taker();
    }

    public static final class Taker {
        private final DirectoryDigest digest = new DirectoryDigest();
        private int people;
        private int activeHolders;

        private Taker() {
        }

        public void add(Person person) {
            digest.add(person);
            people++;
            if (person.isActiveHolder()) {
                activeHolders++;
            }
        }

        public DirectoryFingerprint finish() {
            return new DirectoryFingerprint(digest.finish(), people, activeHolders);
        }
    }
}
