package io.rolecall.cli;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RolesYamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a roles.yaml from disk, with errors that say which file and why. */
final class RolesFiles {

    private RolesFiles() {
    }

    static CatalogueSource read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("roles file " + file + " does not exist; create one with 'rolecall init'");
        }
        try {
            long size = Files.size(file);
            if (size > RolesYamlParser.MAX_BYTES) {
                throw new InvalidInputException(String.format(Locale.ROOT, "roles file %s is too large (%.1f MB, "
                        + "limit %d MB); check that it is the roles.yaml you meant", file, size / 1048576.0,
                        RolesYamlParser.MAX_BYTES / 1048576));
            }
            return new CatalogueSource(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("roles file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read roles file " + file + ": " + e.getMessage());
        }
    }
}
