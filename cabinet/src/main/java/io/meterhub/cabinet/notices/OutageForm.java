package io.meterhub.cabinet.notices;

import java.time.LocalDateTime;

/**
 * What staff fill in for a planned outage: times are local to the organization.
 *
 * @param addresses one range a line ("ул. Молодогвардейская, 140-160, чётные"; see {@link AddressRange#parse})
 */
public record OutageForm(String serviceCode, String reason, LocalDateTime startsAt, LocalDateTime endsAt, String addresses) {
}
