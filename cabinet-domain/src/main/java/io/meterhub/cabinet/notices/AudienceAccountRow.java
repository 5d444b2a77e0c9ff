package io.meterhub.cabinet.notices;

import java.util.List;

/** An account an announcement or outage may reach: its address text, its services, its holder's login (null without one). */
public record AudienceAccountRow(long accountId, Long holderUserId, String address, List<String> services) {
    public AudienceAccountRow {
        services = List.copyOf(services);
    }
}
