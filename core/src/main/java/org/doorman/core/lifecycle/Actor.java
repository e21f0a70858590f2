package org.doorman.core.lifecycle;

import java.util.Objects;

/** Who took a step: the member, a rule of their strategy, or Doorman itself (e.g. the deadline). */
public sealed interface Actor {

    /** How the actor is written in the audit trail and in {@code decided_by}, e.g. {@code rule:concrete-need}. */
    String label();

    record Member(MemberId member) implements Actor {
        public Member {
            Objects.requireNonNull(member, "member");
        }

        @Override
        public String label() {
            return "member:" + member.value();
        }
    }

    record Rule(String ruleId, String rule) implements Actor {
        public Rule {
            Objects.requireNonNull(ruleId, "ruleId");
            rule = rule == null ? "" : rule;
        }

        @Override
        public String label() {
            return "rule:" + ruleId;
        }
    }

    /** Doorman acting on its own, e.g. {@code system:deadline} when a reply deadline passed. */
    record Doorman(String name) implements Actor {
        public Doorman {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "system:" + name;
        }
    }
}
