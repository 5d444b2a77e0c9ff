/**
 * Personal data at rest: a customer's SNILS and passport are stored encrypted (AES-GCM under
 * {@code MH_PD_KEY}, readable also under {@code MH_PD_KEY_PREVIOUS} while keys rotate), and re-encrypted
 * under the current key by a startup step or {@code meterhub reencrypt-personal-data}.
 */
package io.meterhub.storage.cabinet.personaldata;
