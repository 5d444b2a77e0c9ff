package io.meterhub.cabinet.directory;

import java.util.List;

/**
 * What the directory holds of a staff member who just proved their password there.
 *
 * @param login       as they typed it (the search found them by it)
 * @param dn          their entry's DN
 * @param displayName {@code displayName}, else {@code cn}; null when neither is set
 * @param memberOf    the DNs of their groups
 * @param disabled    the directory disabled the account (Active Directory: {@code userAccountControl} bit 0x2)
 */
public record DirectoryEntry(String login, String dn, String displayName, List<String> memberOf, boolean disabled) {
    /** Active Directory's ACCOUNTDISABLE flag of {@code userAccountControl}. */
    public static final int ACCOUNT_DISABLE = 0x2;

    public DirectoryEntry {
        memberOf = List.copyOf(memberOf);
    }

    /** Disabled by Active Directory's {@code userAccountControl} (a number; null or unreadable = not disabled by it). */
    public static boolean disabledBy(String userAccountControl) {
        if (userAccountControl == null || userAccountControl.isBlank()) {
            return false;
        }
        try {
            return (Long.parseLong(userAccountControl.strip()) & ACCOUNT_DISABLE) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "DirectoryEntry[" + login + ", " + memberOf.size() + " groups, disabled=" + disabled + "]";
    }
}
