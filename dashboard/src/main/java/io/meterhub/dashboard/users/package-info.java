/**
 * Users: the users repository and service, Spring Security's lookup of them, and what keeps a login
 * usable (blocks, ended sessions, the one-time password link and its page), for staff and customers alike.
 */
package io.meterhub.dashboard.users;
