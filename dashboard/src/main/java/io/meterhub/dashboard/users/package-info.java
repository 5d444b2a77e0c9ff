/** Users: the users repository and service, and Spring Security's lookup of them. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.users;
