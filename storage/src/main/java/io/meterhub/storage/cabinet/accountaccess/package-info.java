/** Grants of accounts, PINs and attach tries over JDBC. */
package io.meterhub.storage.cabinet.accountaccess;
