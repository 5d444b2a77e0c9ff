/** Users of the cabinet: logins, passwords (BCrypt), roles and languages; blocks, ended sessions and one-time password links ({@link io.meterhub.cabinet.users.Logins}). */
package io.meterhub.cabinet.users;
