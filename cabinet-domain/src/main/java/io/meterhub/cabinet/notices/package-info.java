/** The ports of announcements and planned outages: their rows, who read them, who was told, and the accounts they may reach. */
package io.meterhub.cabinet.notices;
