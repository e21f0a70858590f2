/**
 * The load generator: members made through the API, contact requests between distinct pairs from many clients while
 * others read inboxes and request pages, and the figures per operation. Loopback only, bounded in count and time.
 */
package org.doorman.bench.load;
