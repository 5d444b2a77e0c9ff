/** Users of the cabinet: logins, passwords (BCrypt), roles and languages. */
package io.meterhub.cabinet.users;
