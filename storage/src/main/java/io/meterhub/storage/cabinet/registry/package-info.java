/**
 * The registry of the control panel in SQL: controllers with their Modbus address and broker
 * password hash, meters with their documents' facts, and meter replacements.
 */
package io.meterhub.storage.cabinet.registry;
