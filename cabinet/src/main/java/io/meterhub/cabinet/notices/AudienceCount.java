package io.meterhub.cabinet.notices;

/** How many an announcement or outage reaches: accounts, and the cabinet users holding them (who see it and are told). */
public record AudienceCount(int accounts, int users) {
}
