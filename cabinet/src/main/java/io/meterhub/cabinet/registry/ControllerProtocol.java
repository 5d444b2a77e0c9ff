package io.meterhub.cabinet.registry;

/** How a controller's data reaches the pipeline: it publishes over MQTT, or the Modbus gateway polls it. */
public enum ControllerProtocol { MQTT, MODBUS }
