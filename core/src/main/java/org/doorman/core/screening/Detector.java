package org.doorman.core.screening;

import java.util.List;

/** One named analysis of a request; adds the signals it raises, each with its evidence (often none or one). */
@FunctionalInterface
interface Detector {
    void detect(Request request, List<Signal> signals);
}
