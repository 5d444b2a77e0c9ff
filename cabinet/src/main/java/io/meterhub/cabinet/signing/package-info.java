/** Signatures of documents: by a one-time code, or a CAdES signature verified against its certificate. */
package io.meterhub.cabinet.signing;
