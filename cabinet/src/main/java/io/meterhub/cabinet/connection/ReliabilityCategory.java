package io.meterhub.cabinet.connection;

/** The category of supply reliability (I: two independent sources and automatic switchover; III: one source). */
public enum ReliabilityCategory {
    I, II, III
}
