/** Help articles and public pages (login text, contacts, about): the ports their services need. */
package io.meterhub.cabinet.help;
