/** Device profiles: the YAML register maps of real meter models that come with the product, and their loader. */
package io.meterhub.protocols.modbus.profile;
