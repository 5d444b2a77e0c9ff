/** Access: the access policy bean over the accounts and readings repositories. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.access;
