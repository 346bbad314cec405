package io.rolecall.cli;

import io.rolecall.core.catalogue.CatalogueSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a roles.yaml from disk, with errors that say which file and why. */
final class RolesFiles {

    private RolesFiles() {
    }

    static CatalogueSource read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("roles file " + file + " does not exist; create one with 'rolecall init'");
        }
        try {
            return new CatalogueSource(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("roles file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read roles file " + file + ": " + e.getMessage());
        }
    }
}
