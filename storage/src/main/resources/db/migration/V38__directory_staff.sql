-- Staff who sign in with their organization's directory (LDAP / Active Directory): the entry's DN in the directory.
-- Such a login is checked by the directory only (its password_hash is a random one nobody knows), and its role and
-- modules are set from the directory's groups at every sign-in. NULL for the logins checked by the app's own passwords.
ALTER TABLE app_user ADD COLUMN directory_dn text;
