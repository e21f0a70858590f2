/** JMH benchmarks of the core and the load generator. */
package org.doorman.bench;
