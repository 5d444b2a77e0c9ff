package io.meterhub.cabinet.help;

import io.meterhub.cabinet.common.Tx;

import java.util.List;
import java.util.Optional;

/** The public pages as versions that are never changed: the newest is the page, the older ones its history. */
public interface PublicPageRepository {
    /** The organization's newest version, else the product's; null reads the product's. */
    Optional<PublicPageRow> current(String organizationId, String kind);

    /** The organization's own versions, newest first (the product's text is not among them). */
    List<PublicPageRow> history(String organizationId, String kind);

    /** The organization's newest own version, with the page locked so that two saves never cross. */
    Optional<PublicPageRow> lockCurrent(Tx tx, String organizationId, String kind);

    long append(Tx tx, String organizationId, String kind, String bodyRu, String bodyEn, long userId, java.time.Instant at);
}
