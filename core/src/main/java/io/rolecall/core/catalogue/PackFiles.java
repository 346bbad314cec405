package io.rolecall.core.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A framework pack of the organisation's own travels with the roles.yaml that enables it: the edge that
 * reads roles.yaml appends each such file to its text after a marker line, so that a scan, the copy kept
 * with every run and an uploaded configuration all carry the packs they were checked with. roles.yaml
 * itself comes first, so its line numbers stay its own.
 */
public final class PackFiles {

    /** The largest pack file read: a hundred clauses take under 100 KB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final String MARKER = "--- # rolecall pack file: ";
    private static final Pattern MARKER_LINE = Pattern.compile("(?m)^" + Pattern.quote(MARKER) + "(.*)$");

    private PackFiles() {
    }

    /** Whether a framework entry names a pack file rather than a built-in pack. */
    public static boolean isFile(String entry) {
        return entry.endsWith(".yaml") || entry.endsWith(".yml");
    }

    /**
     * The pack files a roles.yaml text names under {@code frameworks:}, as written (relative to roles.yaml).
     * A text that is not YAML names none: parsing it reports what is wrong.
     */
    public static List<String> named(String rolesYaml) {
        List<String> files = new ArrayList<>();
        if (YamlLimits.tooDeep(rolesYaml).isPresent()) {
            return files;
        }
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().setLabel("roles").build())
                    .composeString(rolesYaml);
            if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
                return files;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("frameworks")
                        && tuple.getValueNode() instanceof SequenceNode list) {
                    for (Node item : list.getValue()) {
                        if (item instanceof ScalarNode scalar && isFile(scalar.getValue().trim())) {
                            files.add(scalar.getValue().trim());
                        }
                    }
                }
            }
        } catch (RuntimeException notYaml) {
            // The parser reports it, with its line.
        }
        return files;
    }

    /**
     * Why a pack path cannot be used, or empty: it must be relative and stay within roles.yaml's folder,
     * so that a configuration cannot read files elsewhere on the machine that checks it.
     */
    public static Optional<String> problemWithPath(String path) {
        String normalised = path.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:/.*")) {
            return Optional.of("'" + path + "' is an absolute path");
        }
        for (String part : normalised.split("/")) {
            if (part.equals("..")) {
                return Optional.of("'" + path + "' leaves the folder of roles.yaml");
            }
        }
        return Optional.empty();
    }

    /** {@code rolesYaml} with each pack file's text after it, by the path roles.yaml names it with. */
    public static String bundle(String rolesYaml, Map<String, String> packs) {
        if (packs.isEmpty()) {
            return rolesYaml;
        }
        StringBuilder text = new StringBuilder(rolesYaml);
        packs.forEach((path, pack) -> {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            text.append(MARKER).append(path).append('\n').append(pack);
        });
        return text.toString();
    }

    /** roles.yaml's own text and the pack files bundled after it, by path. */
    record Split(String rolesYaml, Map<String, String> packs) {
    }

    static Split split(String text) {
        var matcher = MARKER_LINE.matcher(text);
        if (!matcher.find()) {
            return new Split(text, Map.of());
        }
        String rolesYaml = text.substring(0, matcher.start());
        Map<String, String> packs = new LinkedHashMap<>();
        String path = matcher.group(1).trim();
        int start = matcher.end() + 1;
        while (matcher.find()) {
            packs.put(path, text.substring(Math.min(start, matcher.start()), matcher.start()));
            path = matcher.group(1).trim();
            start = matcher.end() + 1;
        }
        packs.put(path, start >= text.length() ? "" : text.substring(start));
        return new Split(rolesYaml, packs);
    }
}
