/** The decisions of Doorman: screening, strategies and the request lifecycle, in plain Java. */
package org.doorman.core;
