package io.meterhub.cabinet.notices;

import java.time.LocalDate;

/**
 * What staff fill in for an announcement.
 *
 * @param addressLine for ADDRESS: "ул. Молодогвардейская, 140-160, чётные" (see {@link AddressRange#parse})
 * @param serviceCode for SERVICE: one of the organization's services
 * @param emailCopy   an email copy to every cabinet user it reaches, once each
 */
public record AnnouncementForm(String title, String text, LocalDate validFrom, LocalDate validTo, AudienceKind audience, String addressLine,
                               String serviceCode, boolean emailCopy) {
}
