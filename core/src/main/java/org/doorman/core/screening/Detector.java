package org.doorman.core.screening;

import java.util.List;

/** One named analysis of a request; returns the signals it raises, each with its evidence (often none or one). */
@FunctionalInterface
interface Detector {
    List<Signal> detect(Request request);
}
