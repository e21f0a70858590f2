/**
 * What the network sees that a single inbox cannot: near-identical texts across recipients and the likelihood that a
 * sender collects contacts, with its evidence.
 */
package org.doorman.core.network;
