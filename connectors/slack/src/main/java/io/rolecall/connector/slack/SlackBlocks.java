package io.rolecall.connector.slack;

import io.rolecall.core.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message as chat.postMessage takes it: a header, the text, a section per part with its link as a
 * button, and a plain-text fallback for notifications. Every text from the directory or roles.yaml is
 * escaped for Slack's markup (&amp;, &lt;, &gt;), so a name cannot make a link or a mention, and cut to
 * Slack's limits (header 150, text 3,000, button 75 characters; 50 blocks).
 */
final class SlackBlocks {

    static final int HEADER_MAX = 150;
    static final int TEXT_MAX = 3000;
    static final int BUTTON_MAX = 75;
    /** Blocks Slack takes in one message, less the header, the text and a closing note. */
    static final int SECTIONS_MAX = 47;

    private SlackBlocks() {
    }

    static Map<String, Object> of(Message message, String conversation) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", plain(message.subject(), HEADER_MAX)));
        if (!message.text().isBlank()) {
            blocks.add(Map.of("type", "section", "text", markdown(escape(message.text()))));
        }
        List<Message.Section> sections = message.sections();
        for (int i = 0; i < Math.min(sections.size(), SECTIONS_MAX); i++) {
            Message.Section section = sections.get(i);
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("type", "section");
            block.put("text", markdown("*" + escape(section.title()) + "*"
                    + (section.text().isBlank() ? "" : "\n" + escape(section.text()))));
            if (section.url() != null) {
                block.put("accessory", Map.of("type", "button", "text", plain(section.linkLabel(), BUTTON_MAX),
                        "url", section.url(), "action_id", "open-" + i));
            }
            blocks.add(block);
        }
        if (sections.size() > SECTIONS_MAX) {
            blocks.add(Map.of("type", "context", "elements", List.of(markdown(escape("And "
                    + (sections.size() - SECTIONS_MAX) + " more in the email.")))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", conversation);
        body.put("text", cut(escape(message.subject() + (message.text().isBlank() ? "" : ": " + message.text())),
                TEXT_MAX));
        body.put("blocks", blocks);
        // The links are the holders' credentials: no preview fetches them, and no link becomes a card.
        body.put("unfurl_links", false);
        body.put("unfurl_media", false);
        return body;
    }

    /** Slack's markup escapes: the three characters that make links, mentions and commands. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, Object> plain(String text, int max) {
        return Map.of("type", "plain_text", "text", cut(text, max), "emoji", false);
    }

    private static Map<String, Object> markdown(String text) {
        return Map.of("type", "mrkdwn", "text", cut(text, TEXT_MAX), "verbatim", true);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
