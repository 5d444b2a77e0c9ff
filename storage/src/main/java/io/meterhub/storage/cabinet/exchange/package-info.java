/** The billing exchange's exports over JDBC: each a page after a cursor of its stable order, of one organization. */
package io.meterhub.storage.cabinet.exchange;
