package io.meterhub.cabinet.directory;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the organization's directory is and what it grants, read from the environment by {@link #fromEnvironment}.
 *
 * @param url              {@code ldap://host:port} or {@code ldaps://host:port} ({@code MH_LDAP_URL})
 * @param baseDn           where staff are searched, e.g. {@code DC=volga,DC=local} ({@code MH_LDAP_BASE_DN})
 * @param userSearchFilter the filter that finds a login's entry, {@code {0}} standing for the login
 *                         ({@code MH_LDAP_USER_SEARCH_FILTER}, default {@code (sAMAccountName={0})})
 * @param bindDn           who searches ({@code MH_LDAP_BIND_DN}); null to search anonymously
 * @param bindPassword     their password ({@code MH_LDAP_BIND_PASSWORD}); null with {@code bindDn}
 * @param organizationId   the organization the directory's staff work for ({@code MH_LDAP_ORGANIZATION})
 * @param groups           groups to role and modules ({@code MH_LDAP_GROUP_MODULES}, see {@link GroupMapping})
 */
public record DirectorySettings(String url, String baseDn, String userSearchFilter, String bindDn, String bindPassword, String organizationId,
                                GroupMapping groups) {
    public static final String URL = "MH_LDAP_URL";
    public static final String BASE_DN = "MH_LDAP_BASE_DN";
    public static final String USER_SEARCH_FILTER = "MH_LDAP_USER_SEARCH_FILTER";
    public static final String BIND_DN = "MH_LDAP_BIND_DN";
    public static final String BIND_PASSWORD = "MH_LDAP_BIND_PASSWORD";
    public static final String ORGANIZATION = "MH_LDAP_ORGANIZATION";
    public static final List<String> VARIABLES = List.of(URL, BASE_DN, USER_SEARCH_FILTER, BIND_DN, BIND_PASSWORD, ORGANIZATION,
            GroupMapping.VARIABLE);
    /** Active Directory's pre-Windows 2000 login, the one staff type at Windows' own sign-in. */
    public static final String DEFAULT_FILTER = "(sAMAccountName={0})";

    public DirectorySettings {
        List<String> problems = problems(url, baseDn, userSearchFilter, bindDn, bindPassword, organizationId);
        if (groups == null) {
            problems.add(GroupMapping.VARIABLE + " must map at least one directory group");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("directory sign-in: " + String.join("; ", problems));
        }
    }

    /**
     * The directory the variables name; empty when none of them is set (staff then sign in with the app's passwords only).
     *
     * @throws IllegalArgumentException every wrong or missing variable at once, each by its name
     */
    public static Optional<DirectorySettings> fromEnvironment(Map<String, String> env) {
        if (VARIABLES.stream().allMatch(name -> blank(env.get(name)))) {
            return Optional.empty();
        }
        String filter = blank(env.get(USER_SEARCH_FILTER)) ? DEFAULT_FILTER : env.get(USER_SEARCH_FILTER).strip();
        List<String> problems = problems(value(env, URL), value(env, BASE_DN), filter, value(env, BIND_DN), env.get(BIND_PASSWORD),
                value(env, ORGANIZATION));
        GroupMapping groups = null;
        try {
            groups = GroupMapping.parse(env.get(GroupMapping.VARIABLE));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("directory sign-in: " + String.join("; ", problems));
        }
        String password = blank(env.get(BIND_PASSWORD)) ? null : env.get(BIND_PASSWORD);
        return Optional.of(new DirectorySettings(value(env, URL), value(env, BASE_DN), filter, value(env, BIND_DN), password,
                value(env, ORGANIZATION), groups));
    }

    private static List<String> problems(String url, String baseDn, String filter, String bindDn, String bindPassword, String organization) {
        List<String> problems = new ArrayList<>();
        if (blank(url)) {
            problems.add(URL + " is required, e.g. ldaps://dc1.example.local:636");
        } else if (!validUrl(url)) {
            problems.add(URL + " must be ldap://host[:port] or ldaps://host[:port], got \"" + url + "\"");
        }
        if (blank(baseDn)) {
            problems.add(BASE_DN + " is required, e.g. DC=example,DC=local");
        } else if (!validDn(baseDn)) {
            problems.add(BASE_DN + " is not a DN: \"" + baseDn + "\"");
        }
        if (filter == null || !filter.contains("{0}") || !filter.startsWith("(") || !filter.endsWith(")")) {
            problems.add(USER_SEARCH_FILTER + " must be an LDAP filter in parentheses with {0} for the login, got \"" + filter + "\"");
        }
        if (!blank(bindDn) && !validDn(bindDn)) {
            problems.add(BIND_DN + " is not a DN: \"" + bindDn + "\"");
        }
        if (blank(bindDn) != blank(bindPassword)) {
            problems.add(BIND_DN + " and " + BIND_PASSWORD + " go together: set both, or neither to search anonymously");
        }
        if (blank(organization)) {
            problems.add(ORGANIZATION + " is required: the id of the organization the directory's staff work for");
        }
        return problems;
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("ldap".equalsIgnoreCase(uri.getScheme()) || "ldaps".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")) && uri.getQuery() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean validDn(String dn) {
        try {
            return !new LdapName(dn.strip()).isEmpty();
        } catch (InvalidNameException e) {
            return false;
        }
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The search password stays out of logs. */
    @Override
    public String toString() {
        return "DirectorySettings[" + url + ", " + baseDn + ", " + userSearchFilter + ", bindDn=" + bindDn + ", organization=" + organizationId
                + ", " + groups.grants().size() + " groups]";
    }
}
