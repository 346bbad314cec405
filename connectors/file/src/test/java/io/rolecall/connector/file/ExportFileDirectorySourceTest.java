package io.rolecall.connector.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.DirectorySnapshot;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.Person;
import io.rolecall.core.model.PersonStatus;
import io.rolecall.core.model.PersonType;
import io.rolecall.core.port.DirectoryReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileDirectorySourceTest {

    @TempDir
    Path dir;

    private DirectorySnapshot read(String fileName, String content) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content);
        return ExportFileDirectorySource.of(file).read();
    }

    @Test
    void readsTheBundledAcmeDirectory() {
        DirectorySnapshot directory = ExportFileDirectorySource.of(Path.of("../../examples/acme/directory.json")).read();

        assertThat(directory.size()).isEqualTo(40);
        assertThat(directory.find(Email.of("mary.jones@acme.example"))).isPresent();
        assertThat(directory.membersOf("isms-deputies")).extracting(p -> p.email().value())
                .containsExactly("ada@acme.example", "linus@acme.example");
    }

    @Test
    void readsEveryFieldOfTheJsonContract() throws IOException {
        DirectorySnapshot directory = read("people.json", """
                {"people":[{"id":"00u1","email":"Ada@Acme.example","name":"Ada Lovelace","status":"active",
                  "type":"PERSON","title":"CTO","department":"Engineering","manager":"grace@acme.example",
                  "groups":["isms-incident"],"endDate":"2026-12-31"},
                 {"id":"00u2","email":"svc@acme.example","status":"Suspended","type":"service"},
                 {"id":"00u3","email":"leo@acme.example","status":"LEFT","groups":null,"name":null}]}
                """);

        Person ada = directory.find(Email.of("ada@acme.example")).orElseThrow();
        assertThat(ada).isEqualTo(Person.builder("00u1", "ada@acme.example").name("Ada Lovelace")
                .status(PersonStatus.ACTIVE).type(PersonType.PERSON).title("CTO").department("Engineering")
                .manager("grace@acme.example").group("isms-incident").endDate(LocalDate.of(2026, 12, 31)).build());
        Person svc = directory.find(Email.of("svc@acme.example")).orElseThrow();
        assertThat(svc.status()).isEqualTo(PersonStatus.SUSPENDED);
        assertThat(svc.type()).isEqualTo(PersonType.SERVICE);
        assertThat(directory.find(Email.of("leo@acme.example")).orElseThrow().status()).isEqualTo(PersonStatus.LEFT);
    }

    @Test
    void readsTheCsvContractWithSemicolonSeparatedGroups() throws IOException {
        DirectorySnapshot directory = read("people.csv", """
                id,email,name,status,type,title,department,manager,groups,endDate
                00u1,ada@acme.example,"Lovelace, Ada",ACTIVE,,CTO,Engineering,grace@acme.example,isms-incident;isms-deputies,2026-12-31
                00u2,svc@acme.example,,suspended,SERVICE,,,,,
                """);

        Person ada = directory.find(Email.of("ada@acme.example")).orElseThrow();
        assertThat(ada.name()).isEqualTo("Lovelace, Ada");
        assertThat(ada.groups()).containsExactly("isms-incident", "isms-deputies");
        assertThat(ada.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(directory.find(Email.of("svc@acme.example")).orElseThrow().type()).isEqualTo(PersonType.SERVICE);
    }

    @Test
    void csvColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() throws IOException {
        DirectorySnapshot directory = read("people.csv", "status,email,id\nACTIVE,ada@acme.example,1\n");

        assertThat(directory.people()).singleElement().extracting(Person::id).isEqualTo("1");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsReturned() throws IOException {
        assertThatThrownBy(() -> read("people.json", """
                {"people":[
                  {"id":"1","email":"ada@acme.example","status":"ACTIVE"},
                  {"id":"2","email":"bob@acme","status":"ACTIVE"},
                  {"id":"3","email":"cy@acme.example","status":"GONE"},
                  {"id":"4","email":"ADA@acme.example","status":"ACTIVE"},
                  {"email":"dee@acme.example","status":"ACTIVE","endDate":"31/12/2026","statut":"x"}
                ]}
                """))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.json has 6 problems; nothing was scanned")
                .hasMessageContaining("people.json:3: people[1]: email 'bob@acme' is not an email address")
                .hasMessageContaining("people.json:4: people[2] (id 3): status 'GONE' is not one of ACTIVE, SUSPENDED, LEFT")
                .hasMessageContaining("people.json:5: people[3]: email ada@acme.example is already used at people.json:2: people[0]")
                .hasMessageContaining("people.json:6: people[4]: unknown field 'statut'")
                .hasMessageContaining("people.json:6: people[4]: 'id' is missing")
                .hasMessageContaining("endDate '31/12/2026' is not a date");
    }

    @Test
    void aCsvHeaderWithUnknownOrMissingColumnsSaysWhatTheHeaderIs() throws IOException {
        assertThatThrownBy(() -> read("people.csv", "id,mail,status\n1,a@acme.example,ACTIVE\n"))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("lacks [email]")
                .hasMessageContaining("unknown columns [mail]")
                .hasMessageContaining("id,email,name,status,type,title,department,manager,groups,endDate");
    }

    @Test
    void aCsvRowWithTooManyCellsIsRejected() throws IOException {
        assertThatThrownBy(() -> read("people.csv", "id,email,status\n1,a@acme.example,ACTIVE,extra\n"))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.csv: row 2: has 4 cells but the header has 3");
    }

    @Test
    void brokenJsonSaysWhere() throws IOException {
        assertThatThrownBy(() -> read("people.json", "{\"people\": [\n {\"id\": \"1\",, }\n]}"))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("is not valid JSON at line 2");
    }

    @Test
    void jsonWithoutAPeopleArrayIsRefused() throws IOException {
        assertThatThrownBy(() -> read("people.json", "{\"users\": []}"))
                .hasMessageContaining("at line 1, column 2: unknown top-level key 'users'");
        assertThatThrownBy(() -> read("people.json", "{}"))
                .hasMessageContaining("has no \"people\" array");
        assertThatThrownBy(() -> read("people.json", "[]"))
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void aKeyTwiceInOnePersonIsRefusedRatherThanKeepingTheLastSilently() {
        assertThatThrownBy(() -> read("people.json", """
                {"people": [
                  {"id": "1", "email": "ada@acme.example", "status": "ACTIVE", "email": "eve@evil.example"}
                ]}"""))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.json at line 2, column 64: the field 'email' appears twice in one "
                        + "person");
    }

    @Test
    void aSecondPeopleArrayOrAnyOtherTopLevelKeyIsRefusedSoThatAPageIsNeverTakenForTheDirectory() {
        assertThatThrownBy(() -> read("people.json", """
                {"people": [{"id": "1", "email": "ada@acme.example", "status": "ACTIVE"}],
                 "nextPageToken": "abc"}"""))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.json at line 2, column 2: unknown top-level key 'nextPageToken'")
                .hasMessageContaining("one page of a listing, not the whole directory");
        assertThatThrownBy(() -> read("people.json", """
                {"people": [{"id": "1", "email": "ada@acme.example", "status": "ACTIVE"}],
                 "people": [{"id": "2", "email": "bob@acme.example", "status": "ACTIVE"}]}"""))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.json at line 2, column 2: the key \"people\" appears twice");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> read("people.json", """
                {"people": [{"id": "1", "email": "ada@acme.example", "status": "ACTIVE"}]}
                {"people": [{"id": "2", "email": "bob@acme.example", "status": "ACTIVE"}]}"""))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.json at line 2, column 1: more follows the end of the JSON document");
        assertThatThrownBy(() -> read("people.json", "{\"people\": []} ]"))
                .isInstanceOf(DirectoryReadException.class).hasMessageContaining("line 1");
    }

    @Test
    void nestingPastTheLimitIsRefusedWithItsPlaceNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> read("people.json", "{\"people\": [{\"id\": \"1\", \"x\": " + deep + "}]}"))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void anExportLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(300L * 1024 * 1024);   // sparse: no disk space is used
        }

        assertThatThrownBy(() -> ExportFileDirectorySource.of(huge).read())
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("huge.json is too large (300 MB, limit 256 MB)");
    }

    @Test
    void emailsArePlainAddressesWithoutDisplayNamesCommasOrInvisibleCharacters() {
        assertThatThrownBy(() -> read("people.json", """
                {"people": [
                  {"id": "1", "email": "ceo<evil@attacker.example>", "status": "ACTIVE"},
                  {"id": "2", "email": "x,y@acme.example", "status": "ACTIVE"},
                  {"id": "3", "email": "ada\u200b@acme.example", "status": "ACTIVE"},
                  {"id": "4", "email": "bob@acme.example (Bob)", "status": "ACTIVE"},
                  {"id": "5", "email": "eve@acme.example\\u001b[2J", "status": "ACTIVE"}
                ]}"""))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people[0]: email 'ceo<evil@attacker.example>' is not an email address ('<' is "
                        + "not allowed before the @)")
                .hasMessageContaining("people[1]: email 'x,y@acme.example' is not an email address (',' is not allowed")
                .hasMessageContaining("people[2]: email 'adaU+200B@acme.example' is not an email address (the invisible "
                        + "character U+200B is not allowed before the @)")
                .hasMessageContaining("people[3]: email 'bob@acme.example (Bob)' is not an email address (a space")
                .hasMessageContaining("people[4]: email 'eve@acme.exampleU+001B[2J'");
    }

    @Test
    void aCsvWithAByteOrderMarkIsReadAndAColumnTwiceIsNamed() throws IOException {
        DirectorySnapshot directory = read("people.csv", "\uFEFFid,email,status\n1,ada@acme.example,ACTIVE\n");
        assertThat(directory.people()).singleElement().extracting(Person::id).isEqualTo("1");

        assertThatThrownBy(() -> read("people.csv", "id,email,status,email\n1,ada@acme.example,ACTIVE,eve@x.example\n"))
                .isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.csv line 1: the header names a column twice")
                .hasMessageContaining("\"email\"");
    }

    @Test
    void aMissingFileOrUnknownExtensionIsAClearError() throws IOException {
        assertThatThrownBy(() -> ExportFileDirectorySource.of(dir.resolve("nope.json")).read())
                .isInstanceOf(DirectoryReadException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> read("people.xlsx", "x"))
                .isInstanceOf(DirectoryReadException.class).hasMessageContaining("must end in .json or .csv");
    }

    /** A scan of an unchanged export only fingerprints it: the fingerprint must be the read's, in both formats. */
    @Test
    void theFingerprintTakenWithoutKeepingAnyoneIsTheFingerprintOfTheRead() throws IOException {
        Path json = dir.resolve("people.json");
        Files.writeString(json, """
                {"people":[{"id":"00u1","email":"Ada@Acme.example","name":"Ada","status":"active","title":"CTO",
                  "manager":"grace@acme.example","groups":[" isms ","deputies","isms"],"endDate":"2026-12-31"},
                 {"id":"00u2","email":"svc@acme.example","status":"Suspended","type":"service"},
                 {"id":"00u3","email":"grace@acme.example","name":"Grace Hopper","status":"active"}]}
                """);
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, """
                id,email,name,status,type,title,department,manager,groups,endDate
                00u1,ada@acme.example,Ada,ACTIVE,,CTO,,grace@acme.example,isms;deputies,2026-12-31
                00u2,svc@acme.example,,suspended,SERVICE,,,,,
                00u3,grace@acme.example,Grace Hopper,active,,,,,,
                """);

        DirectorySnapshot fromJson = ExportFileDirectorySource.of(json).read();
        assertThat(ExportFileDirectorySource.of(json).fingerprint()).contains(fromJson.fingerprint());
        assertThat(ExportFileDirectorySource.of(csv).fingerprint())
                .contains(ExportFileDirectorySource.of(csv).read().fingerprint())
                .contains(fromJson.fingerprint());
        assertThat(fromJson.fingerprint().people()).isEqualTo(3);
        assertThat(fromJson.fingerprint().activeHolders()).isEqualTo(2);
    }

    /** An export byte for byte the one the latest scan read is not parsed again: its digest is of every byte. */
    @Test
    void theContentDigestIsTheSha256OfTheFilesBytesAndChangesWithAnyOfThem() throws Exception {
        Path file = dir.resolve("people.json");
        String people = "{\"people\":[{\"id\":\"00u1\",\"email\":\"ada@acme.example\",\"status\":\"active\"}]}\n";
        Files.writeString(file, people);
        String expected = "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(Files.readAllBytes(file)));

        assertThat(ExportFileDirectorySource.of(file).contentDigest()).contains(expected);
        Files.writeString(file, people.replace("00u1", "00u2"));
        assertThat(ExportFileDirectorySource.of(file).contentDigest()).isPresent().get().isNotEqualTo(expected);
        Files.writeString(file, people + " ");
        assertThat(ExportFileDirectorySource.of(file).contentDigest()).as("even whitespace is content")
                .isPresent().get().isNotEqualTo(expected);
        assertThat(ExportFileDirectorySource.of(dir.resolve("missing.json")).contentDigest())
                .as("no digest: the read says the file is missing").isEmpty();
    }

    @Test
    void anExportThatWouldNotReadCleanlyHasNoFingerprintAndItsReadSaysWhy() throws IOException {
        Path file = dir.resolve("people.json");
        Files.writeString(file, """
                {"people":[{"id":"00u1","email":"ada@acme.example","status":"active"},
                 {"id":"00u2","email":"ada@acme.example","status":"active"},
                 {"id":"00u3","email":"not an address","status":"active"}]}
                """);
        ExportFileDirectorySource source = ExportFileDirectorySource.of(file);

        assertThat(source.fingerprint()).isEmpty();
        assertThatThrownBy(source::read).isInstanceOf(DirectoryReadException.class)
                .hasMessageContaining("people.json:2: people[1]: email ada@acme.example is already used at "
                        + "people.json:1: people[0]")
                .hasMessageContaining("email 'not an address' is not an email address");
    }

    @Test
    void describeNamesOnlyTheFile() {
        assertThat(ExportFileDirectorySource.of(Path.of("/home/someone/exports/people.json")).describe())
                .isEqualTo("file:people.json");
    }
}
