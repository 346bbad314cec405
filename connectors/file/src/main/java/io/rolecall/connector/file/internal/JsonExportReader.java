package io.rolecall.connector.file.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.rolecall.connector.file.ExportLimits;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.VisibleText;
import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams {@code {"people":[...]}} one person at a time, so that large exports stay cheap, and
 * accepts nothing else: one top-level object holding exactly one "people" array, no other keys (a
 * {@code nextPageToken} means a page of a listing, not the whole directory), no key twice in one
 * object, nothing after the document, and nothing past {@link ExportLimits}.
 */
public final class JsonExportReader extends ExportFileReader {

    // Keys twice are found while reading (cheaper than Jackson's own detection, on every object).
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ExportLimits.MAX_NESTING)
                    .maxStringLength(ExportLimits.MAX_VALUE_CHARS)
                    .build())
            .build();

    public JsonExportReader(Path file) {
        super(file);
    }

    /** This thread parses; a second one checks the people parsed and gives them to {@code people}. */
    @Override
    protected void readInto(PersonSink people, Problems problems, SharedValues shared) {
        String name = file.getFileName().toString();
        try (JsonParser parser = JSON.createParser(file.toFile());
             Handover<ParsedPerson> handover = new Handover<>("rolecall-export-people",
                     parsed -> parsed.checkInto(people, problems, shared))) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, parser, "the file must be a JSON object "
                    + "{\"people\": [...]}");
            boolean foundPeople = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                expect("people".equals(field), parser, "unknown top-level key '" + VisibleText.of(field) + "'; an "
                        + "export holds only {\"people\": [...]}" + (field.toLowerCase(Locale.ROOT).contains("next")
                        ? ", and a page token means this is one page of a listing, not the whole directory" : ""));
                expect(!foundPeople, parser, "the key \"people\" appears twice; an export holds one \"people\" "
                        + "array, not several pages joined together");
                JsonToken value = parser.nextToken();
                expect(value == JsonToken.START_ARRAY, parser, "\"people\" must be an array of people");
                foundPeople = true;
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    handover.give(readPerson(parser, Where.json(name, parser.currentLocation().getLineNr(), index)));
                    index++;
                }
            }
            expect(foundPeople, parser, "the file has no \"people\" array; expected {\"people\": [...]}");
            JsonToken after = parser.nextToken();
            expect(after == null, parser, "more follows the end of the JSON document (" + after + "); an "
                    + "export is one {\"people\": [...]} object, not several pages joined together");
            handover.finish();
        } catch (JsonProcessingException e) {
            throw new DirectoryReadException("directory export " + name + " is not valid JSON" + where(e.getLocation())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DirectoryReadException("could not read directory export " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * One element of "people" as parsed, with what is wrong with its shape; checked and made a person
     * on the other thread, in the order parsed, so that problems are reported in the file's order.
     */
    private record ParsedPerson(String[] values, List<String> groups, Where where, List<String> shapeProblems) {

        void checkInto(PersonSink people, Problems problems, SharedValues shared) {
            shapeProblems.forEach(problems::add);
            if (values == null) {
                return;
            }
            Optional<Person> person = PersonFields.toPerson(values, groups, where, problems, shared);
            if (person.isPresent()) {
                people.add(person.get(), where, problems);
            }
        }
    }

    /** Reads one element of "people" token by token: no tree per person, which matters at 100,000 people. */
    private static ParsedPerson readPerson(JsonParser parser, Where where) throws IOException {
        List<String> problems = new ArrayList<>(0);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            problems.add(where + ": expected an object {\"id\": ..., \"email\": ..., \"status\": ...}.");
            return new ParsedPerson(null, null, where, problems);
        }
        String[] values = new String[PersonFields.FIELDS.size()];
        List<String> groups = new ArrayList<>(4);
        int seenFields = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int field = PersonFields.indexOf(key);
            if (field >= 0 && (seenFields & (1 << field)) != 0) {
                throw new DirectoryReadException("directory export " + where.file()
                        + where(parser.currentTokenLocation()) + ": the field '" + key + "' appears twice in one "
                        + "person, so either could be meant; keep one");
            }
            seenFields |= field >= 0 ? 1 << field : 0;
            JsonToken value = parser.nextToken();
            if (field < 0) {
                parser.skipChildren();
                problems.add(where + ": unknown field '" + VisibleText.of(key) + "'; the fields are "
                        + String.join(", ", PersonFields.FIELDS) + ".");
            } else if (value == JsonToken.VALUE_NULL) {
                continue;
            } else if (field == PersonFields.GROUPS) {
                readGroups(parser, where, problems, groups);
            } else if (value.isScalarValue()) {
                values[field] = parser.getValueAsString();
            } else {
                parser.skipChildren();
                problems.add(where + ": '" + key + "' must be a single value, not a list or an object.");
            }
        }
        return new ParsedPerson(values, groups, where, problems);
    }

    private static void readGroups(JsonParser parser, Where where, List<String> problems, List<String> groups)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            problems.add(where + ": 'groups' must be an array of group names, for example [\"isms-incident\"].");
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                groups.add(parser.getText());
            } else {
                parser.skipChildren();
                problems.add(where + ": every entry of 'groups' must be a group name in quotes.");
            }
        }
    }

    private void expect(boolean condition, JsonParser parser, String message) {
        if (!condition) {
            throw new DirectoryReadException("directory export " + file.getFileName() + where(
                    parser.currentTokenLocation()) + ": " + message);
        }
    }

    /** " at line L, column C", or nothing when the parser knows no location (some limits have none). */
    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
