package io.meterhub.storage;

/**
 * What bringing the schema up to date did.
 *
 * @param applied     how many migrations ran
 * @param fromVersion the schema's version before, or null on an empty database
 * @param toVersion   the schema's version after
 */
public record SchemaMigration(int applied, String fromVersion, String toVersion) {

    /** One line for an operator: what was applied, or that nothing was. */
    public String describe() {
        if (applied == 0) {
            return "schema is at version " + toVersion + ", nothing to apply";
        }
        String migrations = applied == 1 ? "1 migration" : applied + " migrations";
        return "applied " + migrations + (fromVersion == null ? "" : " from version " + fromVersion) + ": schema now at version " + toVersion;
    }
}
