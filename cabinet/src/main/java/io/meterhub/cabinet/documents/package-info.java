/** Documents the cabinet writes as PDF: the blocks they are laid out from and the connection's documents. */
package io.meterhub.cabinet.documents;
