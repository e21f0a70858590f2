package org.doorman.core.lifecycle;

import java.util.List;
import java.util.Objects;

/** The result of asking a request to change: it moved (with effects to carry out), or it refused, saying why. */
public sealed interface Transition {

    record Moved(ContactRequest request, List<Effect> effects) implements Transition {
        public Moved {
            Objects.requireNonNull(request, "request");
            effects = List.copyOf(effects);
        }
    }

    record Refused(RequestState state, String reason) implements Transition {
        public Refused {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The move, or an {@link IllegalTransitionException} with the reason it was refused. */
    default Moved orThrow() {
        return switch (this) {
            case Moved moved -> moved;
            case Refused refused -> throw new IllegalTransitionException(refused.state(), refused.reason());
        };
    }
}
