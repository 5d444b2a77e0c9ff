/**
 * Data loading: the loads of files (their content, status and counts, every bad field) and the
 * set-based upserts that apply them to accounts and meters.
 */
package io.meterhub.storage.cabinet.loading;
