package io.rolecall.core.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Size and depth of a YAML text, checked before it is composed into a tree: composing recurses once per
 * level, so a deeply nested text would end in a StackOverflowError. The event parser does not recurse,
 * and stops at the first level past the limit. Every text RoleCall composes from a user (roles.yaml, a
 * pack file) passes here first.
 */
final class YamlLimits {

    /** roles.yaml needs six levels (roles, a role, its questions, a question, its options); any deeper is refused. */
    static final int MAX_NESTING = 16;

    private YamlLimits() {
    }

    /**
     * Where the text first goes deeper than {@link #MAX_NESTING}: empty when it does not; an empty mark
     * inside when the parser gives no place. A text that is not YAML is not too deep: composing it says
     * what is wrong, with its place.
     */
    static Optional<Optional<Mark>> tooDeep(String text) {
        int depth = 0;
        try {
            for (Event event : new Parse(LoadSettings.builder().setLabel("limits").build()).parseString(text)) {
                if (event instanceof CollectionStartEvent) {
                    depth++;
                    if (depth > MAX_NESTING) {
                        return Optional.of(event.getStartMark());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YamlEngineException | IllegalArgumentException notYaml) {
            // Composing reports the syntax error with its place (the scanner throws a NumberFormatException,
            // an IllegalArgumentException, for an escape such as "\x" without its digits).
        }
        return Optional.empty();
    }

    /**
     * Records a problem and throws when the text is larger than {@code maxBytes} or nested too deep.
     *
     * @param what "the file", "the pack"
     * @param sizeFix what to do about a text too large
     */
    static void check(YamlNodes yaml, String text, int maxBytes, String what, String sizeFix) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            yaml.problem((org.snakeyaml.engine.v2.nodes.Node) null, "", String.format(Locale.ROOT,
                    "%s is too large (%.1f MB, limit %d MB).", what, bytes / 1048576.0, maxBytes / 1048576), sizeFix);
            throw new InvalidCatalogueException(yaml.problems());
        }
        Optional<Optional<Mark>> deep = tooDeep(text);
        if (deep.isPresent()) {
            String problem = what + " is nested too deep (more than " + MAX_NESTING + " levels).";
            String fix = "it needs at most six levels of lists and mappings; check the brackets and indentation here.";
            if (deep.get().isPresent()) {
                yaml.problem(deep.get().get(), problem, fix);
            } else {
                yaml.problem((org.snakeyaml.engine.v2.nodes.Node) null, "", problem, fix);
            }
            throw new InvalidCatalogueException(yaml.problems());
        }
    }
}
