/**
 * The grid connection feature's wiring in the cabinet: its Spring beans, each built by its constructor, and its settings bound
 * from the environment. Its pages are in {@code ui.connection} until the layout stops importing views (no package cycle).
 */
package io.meterhub.dashboard.connection;
