/**
 * Organizations as their administrators keep them in the control panel: requisites, time zone, zone
 * schedule, reading window, and the sub-organizations a parent creates and manages.
 */
package io.meterhub.cabinet.organizations;
