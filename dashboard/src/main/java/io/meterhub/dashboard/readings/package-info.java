/** Readings: customers submit meter readings; operators review flagged readings and check them. */
package io.meterhub.dashboard.readings;
