package io.meterhub.cabinet.help;

import java.time.Instant;

/** A saved version of a public page, for its history; {@code savedBy} is null for the product's own text. */
public record PageVersion(long version, PublicPageKind kind, String bodyRu, String bodyEn, Instant savedAt, String savedBy, boolean product) {
    static PageVersion of(PublicPageRow row) {
        return new PageVersion(row.version(), PublicPageKind.valueOf(row.kind()), row.bodyRu(), row.bodyEn(), row.savedAt(), row.savedByName(),
                row.organizationId() == null);
    }
}
