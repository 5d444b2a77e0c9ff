/** The audit log of every staff action: written by the control panel's services, searched and exported by administrators. */
package io.meterhub.cabinet.audit;
