package io.rolecall.cli;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.PackFiles;
import io.rolecall.core.catalogue.RolesYamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roles.yaml from disk, with errors that say which file and why, and with it the framework pack
 * files of its own it names (relative to its folder, never outside it), so that what is checked, scanned
 * and uploaded carries them.
 */
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
            return of(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("roles file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read roles file " + file + ": " + e.getMessage());
        }
    }

    /** A text for the roles file as the parser reads it: with the pack files it names beside it. */
    static CatalogueSource of(Path file, String text) {
        return new CatalogueSource(file.getFileName().toString(), PackFiles.bundle(text, packs(file, text)));
    }

    /** The file's own text, checked as {@link #read} checks it. */
    static String text(Path file) {
        read(file);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read roles file " + file + ": " + e.getMessage());
        }
    }

    /**
     * The pack files roles.yaml names that exist inside its folder, by the path it names them with. One
     * that does not exist, or would lead outside the folder, is left out: the parser then says so, with
     * its line in roles.yaml.
     */
    private static Map<String, String> packs(Path rolesFile, String rolesYaml) {
        Map<String, String> packs = new LinkedHashMap<>();
        Path folder = rolesFile.toAbsolutePath().getParent();
        for (String named : PackFiles.named(rolesYaml)) {
            if (PackFiles.problemWithPath(named).isPresent()) {
                continue;
            }
            Path pack = folder.resolve(named).normalize();
            try {
                if (!Files.isRegularFile(pack) || !pack.toRealPath().startsWith(folder.toRealPath())) {
                    continue;
                }
                if (Files.size(pack) > PackFiles.MAX_BYTES) {
                    throw new InvalidInputException(String.format(Locale.ROOT, "pack file %s is too large (%.1f MB, "
                            + "limit %d MB); check that it is the framework pack you meant", pack,
                            Files.size(pack) / 1048576.0, PackFiles.MAX_BYTES / 1048576));
                }
                packs.put(named, Files.readString(pack, StandardCharsets.UTF_8));
            } catch (CharacterCodingException e) {
                throw new InvalidInputException("pack file " + pack + " is not UTF-8 text; save it as UTF-8");
            } catch (IOException e) {
                throw new InvalidInputException("cannot read pack file " + pack + ": " + e.getMessage());
            }
        }
        return packs;
    }
}
