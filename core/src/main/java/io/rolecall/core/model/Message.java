package io.rolecall.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What core asks a channel other than email to deliver, neutral of how it looks there: a subject, a
 * short text, and sections each with a title, a line of text and at most one link. Every text is raw;
 * each channel escapes it for its own markup.
 *
 * @param key    what makes it go out once on a channel: the key of the email it accompanies (a notice's
 *               reference, weekly-2026-W49), or a finding's episode
 * @param thread what it continues, or null: a channel that keeps threads (Jira: one issue per finding)
 *               starts one with the message that opens it and adds the others to it
 */
public record Message(String key, Recipient to, String subject, String text, List<Section> sections, Thread thread) {

    public Message {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        text = text == null ? "" : text;
        sections = List.copyOf(sections);
    }

    /** A message on its own. */
    public Message(String key, Recipient to, String subject, String text, List<Section> sections) {
        this(key, to, subject, text, sections, null);
    }

    /** @param id what the thread is about (a finding's id); @param opens whether this message starts it */
    public record Thread(String id, boolean opens) {
        public Thread {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A part of the message; {@code linkLabel} and {@code url} are both null or both set. */
    public record Section(String title, String text, String linkLabel, String url) {

        public Section {
            Objects.requireNonNull(title, "title");
            text = text == null ? "" : text;
            if ((linkLabel == null) != (url == null)) {
                throw new IllegalArgumentException("a link needs both a label and an address");
            }
        }

        public static Section of(String title, String text) {
            return new Section(title, text, null, null);
        }
    }
}
