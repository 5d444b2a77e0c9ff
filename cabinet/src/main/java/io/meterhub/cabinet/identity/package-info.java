/** Identifiers of Russian persons and companies (INN, OGRN, SNILS, ...) and their check digits. */
package io.meterhub.cabinet.identity;
