package io.rolecall.core.catalogue;

import io.rolecall.core.model.ContentHash;

/**
 * The text of a roles.yaml as it was checked, kept with each run so that reports and auditors
 * see exactly the role definitions a finding was raised against.
 */
public record CatalogueSource(String name, String text) {

    public String sha256() {
        return ContentHash.sha256Hex(text);
    }

    /** Parses and validates this text; throws {@link InvalidCatalogueException} listing every problem. */
    public RoleCatalogue parse() {
        return RolesYamlParser.parse(text, name);
    }
}
