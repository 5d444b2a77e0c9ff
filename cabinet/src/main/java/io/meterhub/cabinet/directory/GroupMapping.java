package io.meterhub.cabinet.directory;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which directory groups give which part of the control panel, as {@code MH_LDAP_GROUP_MODULES} says:
 * {@code <group DN>=<ADMIN or modules, comma separated>;<group DN>=...}, e.g.
 * {@code CN=Meterhub-Admins,OU=Groups,DC=volga,DC=local=ADMIN;CN=Meterhub-Readings,OU=Groups,DC=volga,DC=local=READINGS,APPEALS}.
 * A member of an ADMIN group is the organization's administrator (every module); otherwise an operator with the modules
 * of all their mapped groups together. Group DNs compare as the directory does: case and spaces between parts aside.
 */
public record GroupMapping(List<Grant> grants) {
    public static final String VARIABLE = "MH_LDAP_GROUP_MODULES";

    public GroupMapping {
        grants = List.copyOf(grants);
    }

    /** @param modules empty when {@code admin}: an administrator holds every module without rows */
    public record Grant(LdapName group, boolean admin, Set<StaffModule> modules) {
    }

    /** The role and modules the directory's groups give a staff member. @param modules empty for an administrator */
    public record Access(Role role, Set<StaffModule> modules) {
    }

    /** @throws IllegalArgumentException naming {@value #VARIABLE} and the part that is wrong */
    public static GroupMapping parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(VARIABLE + " must map at least one directory group, e.g. "
                    + "CN=Meterhub-Admins,OU=Groups,DC=example,DC=local=ADMIN");
        }
        List<Grant> grants = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.lastIndexOf('=');
            String group = equals < 0 ? "" : part.substring(0, equals).strip();
            String rights = equals < 0 ? "" : part.substring(equals + 1).strip();
            if (group.isEmpty() || rights.isEmpty()) {
                throw new IllegalArgumentException(VARIABLE + ": \"" + part.strip() + "\" must be <group DN>=<ADMIN or modules>");
            }
            grants.add(grant(name(group, part), rights, part));
        }
        if (grants.isEmpty()) {
            throw new IllegalArgumentException(VARIABLE + " must map at least one directory group");
        }
        return new GroupMapping(grants);
    }

    /** What these groups (the DNs of the user's {@code memberOf}) give; empty when none is mapped. */
    public Optional<Access> access(Collection<String> memberOf) {
        List<LdapName> groups = new ArrayList<>();
        for (String dn : memberOf) {
            try {
                groups.add(new LdapName(dn));
            } catch (InvalidNameException e) {
                // a value that is no DN can be no mapped group
            }
        }
        List<Grant> held = grants.stream().filter(g -> groups.contains(g.group())).toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        if (held.stream().anyMatch(Grant::admin)) {
            return Optional.of(new Access(Role.ADMIN, EnumSet.noneOf(StaffModule.class)));
        }
        EnumSet<StaffModule> modules = EnumSet.noneOf(StaffModule.class);
        held.forEach(g -> modules.addAll(g.modules()));
        return Optional.of(new Access(Role.OPERATOR, modules));
    }

    private static LdapName name(String group, String part) {
        try {
            LdapName name = new LdapName(group);
            if (name.isEmpty()) {
                throw new InvalidNameException("empty");
            }
            return name;
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException(VARIABLE + ": \"" + group + "\" in \"" + part.strip() + "\" is not a DN");
        }
    }

    private static Grant grant(LdapName group, String rights, String part) {
        EnumSet<StaffModule> modules = EnumSet.noneOf(StaffModule.class);
        boolean admin = false;
        for (String item : rights.split(",")) {
            String name = item.strip().toUpperCase(Locale.ROOT);
            if (name.equals(Role.ADMIN.name())) {
                admin = true;
                continue;
            }
            try {
                modules.add(StaffModule.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(VARIABLE + ": \"" + item.strip() + "\" in \"" + part.strip()
                        + "\" is neither ADMIN nor a module (" + List.of(StaffModule.values()) + ")");
            }
        }
        return new Grant(group, admin, admin ? EnumSet.noneOf(StaffModule.class) : modules);
    }
}
