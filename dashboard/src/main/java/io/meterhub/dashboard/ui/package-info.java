/**
 * The shared frame of the views: the layout and its menu (from the views' @Menu), login, home, page bases and
 * formats. It imports no feature's view.
 */
package io.meterhub.dashboard.ui;
