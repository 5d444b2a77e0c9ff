/**
 * The registry page of the control panel (admin/registry, Каналы учёта): controllers with their
 * broker passwords, meters, and meter replacements, over the cabinet's RegistryService.
 */
package io.meterhub.dashboard.registry;
