package io.rolecall.connector.jira;

import io.rolecall.core.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Atlassian Document Format, as Jira Cloud's REST v3 takes descriptions and comments: paragraphs and
 * level-3 headings of text nodes. Text nodes are shown as they are (no wiki markup is read), and an empty
 * one is left out, as ADF refuses it.
 */
final class JiraDocument {

    private JiraDocument() {
    }

    /** @param heading a first heading, or null */
    static Map<String, Object> of(String heading, String text, List<Message.Section> sections) {
        List<Object> content = new ArrayList<>();
        if (heading != null && !heading.isBlank()) {
            content.add(heading(heading));
        }
        paragraph(text).ifPresent(content::add);
        for (Message.Section section : sections) {
            content.add(heading(section.title()));
            paragraph(section.text()).ifPresent(content::add);
            if (section.url() != null) {
                content.add(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text",
                        "text", section.linkLabel(), "marks", List.of(Map.of("type", "link", "attrs",
                                Map.of("href", section.url())))))));
            }
        }
        return Map.of("type", "doc", "version", 1, "content", content);
    }

    private static Map<String, Object> heading(String text) {
        return Map.of("type", "heading", "attrs", Map.of("level", 3), "content",
                List.of(Map.of("type", "text", "text", text)));
    }

    private static java.util.Optional<Object> paragraph(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Map.of("type", "paragraph", "content", List.of(Map.of("type", "text",
                "text", text))));
    }
}
