/**
 * The registry of the control panel (Каналы учёта): controllers (MQTT with broker credentials issued
 * and rotated here, Modbus devices polled by profile), meters, and meter replacements.
 */
package io.meterhub.cabinet.registry;
