package io.meterhub.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo grid company's directory: an UnboundID in-memory LDAP server with an Active Directory-like tree (a domain,
 * {@code OU=Staff} with users by {@code sAMAccountName}, {@code memberOf} and {@code userAccountControl},
 * {@code OU=Groups} with {@code CN=Meterhub-...}), on the loopback address only. Started by {@code ./meterhub demo}
 * and by tests; never by {@code ./meterhub cabinet}, which reads a real directory from {@code MH_LDAP_*}.
 *
 * <p>The staff it holds: {@value #ACTIVE} ({@value #ACTIVE_PASSWORD}), an operator in the readings and the registry groups;
 * {@value #DISABLED} ({@value #DISABLED_PASSWORD}), whose account the directory disabled.
 */
public final class DemoDirectory implements AutoCloseable {
    public static final String BASE_DN = "DC=vsk,DC=local";
    public static final String STAFF = "OU=Staff," + BASE_DN;
    public static final String GROUPS = "OU=Groups," + BASE_DN;
    public static final String ADMINS = "CN=Meterhub-Admins," + GROUPS;
    /** New readings and appeals. */
    public static final String READINGS = "CN=Meterhub-Readings," + GROUPS;
    /** The registry of controllers and meters, and its anomalies. */
    public static final String REGISTRY = "CN=Meterhub-Registry," + GROUPS;
    /** A group of the domain that the control panel knows nothing of. */
    public static final String ACCOUNTING = "CN=Accounting," + GROUPS;
    public static final String GROUP_MODULES = ADMINS + "=ADMIN;" + READINGS + "=READINGS,APPEALS;" + REGISTRY + "=REGISTRY";
    public static final String SEARCH_DN = "CN=meterhub-search,OU=Service," + BASE_DN;
    public static final String SEARCH_PASSWORD = "search-secret";
    public static final String ACTIVE = "kuznetsova";
    public static final String ACTIVE_PASSWORD = "kuznetsova123";
    public static final String DISABLED = "morozov";
    public static final String DISABLED_PASSWORD = "morozov123";
    /** Active Directory's userAccountControl: a normal account; with 0x2 (ACCOUNTDISABLE) a disabled one. */
    public static final int NORMAL_ACCOUNT = 0x200;
    public static final int ACCOUNT_DISABLE = 0x2;

    private final InMemoryDirectoryServer server;

    private DemoDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** @param port the port on 127.0.0.1, 0 for any free one */
    public static DemoDirectory start(int port) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            // Active Directory's attributes (sAMAccountName, memberOf, userAccountControl) are in no standard schema
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            DemoDirectory directory = new DemoDirectory(server);
            directory.seed();
            server.startListening();
            return directory;
        } catch (LDAPException | com.unboundid.ldif.LDIFException e) {
            throw new IllegalStateException("the demo directory did not start: " + e.getMessage(), e);
        }
    }

    private void seed() throws LDAPException, com.unboundid.ldif.LDIFException {
        server.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: vsk");
        for (String ou : List.of("Staff", "Groups", "Service")) {
            server.add("dn: OU=" + ou + "," + BASE_DN, "objectClass: top", "objectClass: organizationalUnit", "ou: " + ou);
        }
        server.add("dn: " + SEARCH_DN, "objectClass: top", "objectClass: person", "cn: meterhub-search", "sn: search",
                "userPassword: " + SEARCH_PASSWORD);
        for (String group : List.of(ADMINS, READINGS, REGISTRY, ACCOUNTING)) {
            String cn = group.substring(3, group.indexOf(','));
            server.add("dn: " + group, "objectClass: top", "objectClass: group", "cn: " + cn, "sAMAccountName: " + cn);
        }
        addUser(ACTIVE, ACTIVE_PASSWORD, "Кузнецова Анна Сергеевна", NORMAL_ACCOUNT, List.of(READINGS, REGISTRY, ACCOUNTING));
        addUser(DISABLED, DISABLED_PASSWORD, "Морозов Олег Петрович", NORMAL_ACCOUNT | ACCOUNT_DISABLE, List.of(READINGS));
    }

    /** A staff member in {@code OU=Staff}, in these groups (both sides hold it, as in Active Directory: memberOf and member). */
    public void addUser(String login, String password, String displayName, int userAccountControl, List<String> groups) {
        List<Attribute> attributes = new ArrayList<>(List.of(new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("cn", displayName), new Attribute("sn", displayName.split(" ")[0]), new Attribute("displayName", displayName),
                new Attribute("sAMAccountName", login), new Attribute("userPrincipalName", login + "@vsk.local"),
                new Attribute("userPassword", password), new Attribute("userAccountControl", Integer.toString(userAccountControl))));
        if (!groups.isEmpty()) {
            attributes.add(new Attribute("memberOf", groups));
        }
        try {
            server.add(dn(displayName), attributes);
            for (String group : groups) {
                server.modify(group, new Modification(ModificationType.ADD, "member", dn(displayName)));
            }
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the staff member to exactly these groups, as an administrator of the domain would. */
    public void setGroups(String displayName, List<String> groups) {
        modify(dn(displayName), groups.isEmpty() ? new Modification(ModificationType.DELETE, "memberOf")
                : new Modification(ModificationType.REPLACE, "memberOf", groups.toArray(String[]::new)));
    }

    /** Sets {@code userAccountControl}, e.g. with {@link #ACCOUNT_DISABLE} to disable the account. */
    public void setAccountControl(String displayName, int userAccountControl) {
        modify(dn(displayName), new Modification(ModificationType.REPLACE, "userAccountControl", Integer.toString(userAccountControl)));
    }

    public void delete(String displayName) {
        try {
            server.delete(dn(displayName));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String dn(String displayName) {
        return "CN=" + displayName + "," + STAFF;
    }

    public int port() {
        return server.getListenPort();
    }

    public String url() {
        return "ldap://127.0.0.1:" + port();
    }

    /** The {@code MH_LDAP_*} variables that point the cabinet at this directory, for the staff of {@code organizationId}. */
    public Map<String, String> variables(String organizationId) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("MH_LDAP_URL", url());
        variables.put("MH_LDAP_BASE_DN", BASE_DN);
        variables.put("MH_LDAP_BIND_DN", SEARCH_DN);
        variables.put("MH_LDAP_BIND_PASSWORD", SEARCH_PASSWORD);
        variables.put("MH_LDAP_ORGANIZATION", organizationId);
        variables.put("MH_LDAP_GROUP_MODULES", GROUP_MODULES);
        return variables;
    }

    private void modify(String dn, Modification modification) {
        try {
            server.modify(dn, modification);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
