/**
 * The grid connection feature's wiring in the cabinet: its Spring beans, each built by its constructor, and its settings bound
 * from the environment. Its pages are here too (the list, form and application page; the staff side in {@code staff}).
 */
package io.meterhub.dashboard.connection;
