package io.rolecall.connector.file.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Person;
import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Streams {@code {"people":[...]}} one person at a time, so that large exports stay cheap. */
public final class JsonExportReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    public JsonExportReader(Path file) {
        this.file = file;
    }

    public DirectorySnapshot read() {
        String name = file.getFileName().toString();
        Problems problems = new Problems(name);
        List<Person> people = new ArrayList<>();
        Deduplication seen = new Deduplication();
        try (JsonParser parser = new JsonFactory(MAPPER).createParser(file.toFile())) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, parser, "the file must be a JSON object "
                    + "{\"people\": [...]}");
            boolean foundPeople = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"people".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                expect(value == JsonToken.START_ARRAY, parser, "\"people\" must be an array of people");
                foundPeople = true;
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String where = name + ":" + parser.currentLocation().getLineNr() + ": people[" + index + "]";
                    JsonNode node = MAPPER.readTree(parser);
                    readPerson(node, where, problems).filter(p -> seen.accept(p, where, problems))
                            .ifPresent(people::add);
                    index++;
                }
            }
            expect(foundPeople, parser, "the file has no \"people\" array; expected {\"people\": [...]}");
        } catch (JsonProcessingException e) {
            throw new DirectoryReadException("directory export " + name + " is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DirectoryReadException("could not read directory export " + file + ": " + e.getMessage(), e);
        }
        problems.throwIfAny();
        return DirectorySnapshot.of(people);
    }

    private static java.util.Optional<Person> readPerson(JsonNode node, String where, Problems problems) {
        if (!node.isObject()) {
            problems.add(where + ": expected an object {\"id\": ..., \"email\": ..., \"status\": ...}.");
            return java.util.Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        List<String> groups = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (!PersonFields.FIELDS.contains(key)) {
                problems.add(where + ": unknown field '" + key + "'; the fields are "
                        + String.join(", ", PersonFields.FIELDS) + ".");
            } else if (key.equals("groups")) {
                if (value.isArray()) {
                    value.forEach(g -> {
                        if (g.isTextual()) {
                            groups.add(g.asText());
                        } else {
                            problems.add(where + ": every entry of 'groups' must be a group name in quotes.");
                        }
                    });
                } else if (!value.isNull()) {
                    problems.add(where + ": 'groups' must be an array of group names, for example [\"isms-incident\"].");
                }
            } else if (value.isValueNode() && !value.isNull()) {
                fields.put(key, value.asText());
            } else if (!value.isNull()) {
                problems.add(where + ": '" + key + "' must be a single value, not " + value.getNodeType() + ".");
            }
        }
        return PersonFields.toPerson(fields, groups, where, problems);
    }

    private void expect(boolean condition, JsonParser parser, String message) {
        if (!condition) {
            throw new DirectoryReadException("directory export " + file.getFileName() + " line "
                    + parser.currentLocation().getLineNr() + ": " + message);
        }
    }
}
