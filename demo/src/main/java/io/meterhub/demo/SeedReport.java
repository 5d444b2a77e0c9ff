package io.meterhub.demo;

import java.util.List;

/** What the demo seeded, for the demo to print: every login with its password and what it holds. */
public record SeedReport(String gridOrganizationId, String housingOrganizationId, List<SeedLogin> logins) {
    public record SeedLogin(String login, String password, String role, String name, List<String> holds) {
    }

    /** A printable table of the logins. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (SeedLogin login : logins) {
            out.append(String.format("  %-12s %-14s %-9s %s%n", login.login(), login.password(), login.role(), login.name()));
            for (String held : login.holds()) {
                out.append("               - ").append(held).append('\n');
            }
        }
        return out.toString();
    }
}
