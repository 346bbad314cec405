package io.rolecall.connector.teams;

import io.rolecall.core.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message as an Adaptive Card (1.4) in the envelope a Workflows webhook takes. Texts go in
 * RichTextBlocks of TextRuns, which Teams shows as they are: a TextBlock would read markdown, and a
 * name written as a markdown link would become one. Links become Action.OpenUrl buttons.
 */
final class TeamsCard {

    private TeamsCard() {
    }

    static Map<String, Object> of(Message message) {
        List<Object> body = new ArrayList<>();
        body.add(text(message.subject(), true, "Medium"));
        if (!message.text().isBlank()) {
            body.add(text(message.text(), false, null));
        }
        List<Object> actions = new ArrayList<>();
        for (Message.Section section : message.sections()) {
            body.add(text(section.title(), true, null));
            if (!section.text().isBlank()) {
                body.add(text(section.text(), false, null));
            }
            if (section.url() != null) {
                actions.add(Map.of("type", "Action.OpenUrl", "title", section.linkLabel(), "url", section.url()));
            }
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", body);
        if (!actions.isEmpty()) {
            card.put("actions", actions);
        }
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("contentUrl", null);
        attachment.put("content", card);
        return Map.of("type", "message", "attachments", List.of(attachment));
    }

    private static Map<String, Object> text(String text, boolean bold, String size) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("type", "TextRun");
        run.put("text", text);
        if (bold) {
            run.put("weight", "Bolder");
        }
        if (size != null) {
            run.put("size", size);
        }
        return Map.of("type", "RichTextBlock", "inlines", List.of(run));
    }
}
