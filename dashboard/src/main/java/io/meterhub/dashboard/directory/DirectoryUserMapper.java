package io.meterhub.dashboard.directory;

import io.meterhub.cabinet.directory.DirectoryEntry;
import io.meterhub.cabinet.directory.DirectoryRefusedException;
import io.meterhub.cabinet.directory.DirectoryStaff;
import io.meterhub.dashboard.security.MeterhubUser;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The entry the directory just bound, as the app's login: its Active Directory attributes read into a
 * {@link DirectoryEntry}, which the cabinet's {@link DirectoryStaff} admits (or refuses) and keeps in step.
 */
final class DirectoryUserMapper implements UserDetailsContextMapper {
    private final DirectoryStaff staff;

    DirectoryUserMapper(DirectoryStaff staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails mapUserFromContext(DirContextOperations entry, String username, Collection<? extends GrantedAuthority> ignored) {
        String name = entry.getStringAttribute("displayName") != null ? entry.getStringAttribute("displayName") : entry.getStringAttribute("cn");
        String[] groups = entry.getStringAttributes("memberOf");
        DirectoryEntry read = new DirectoryEntry(username, entry.getNameInNamespace(), name, groups == null ? List.of() : Arrays.asList(groups),
                DirectoryEntry.disabledBy(entry.getStringAttribute("userAccountControl")));
        try {
            return new MeterhubUser(staff.signedIn(read));
        } catch (DirectoryRefusedException e) {
            throw new DirectoryRefusal(e);
        }
    }

    @Override
    public void mapUserToContext(UserDetails user, DirContextAdapter ctx) {
        throw new UnsupportedOperationException("the app never writes to the directory");
    }
}
