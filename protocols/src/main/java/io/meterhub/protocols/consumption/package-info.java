/** The consumption vocabulary shared by storage queries, cabinet services and dashboard views. */
package io.meterhub.protocols.consumption;
