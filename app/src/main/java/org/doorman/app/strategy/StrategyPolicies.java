package org.doorman.app.strategy;

import org.doorman.app.members.ContactPolicies;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.Language;
import org.springframework.stereotype.Component;

/** A member's strategy in the first person, as requesters read it before they write. */
@Component
class StrategyPolicies implements ContactPolicies {

    private final JdbcStrategies strategies;

    StrategyPolicies(JdbcStrategies strategies) {
        this.strategies = strategies;
    }

    @Override
    public String describe(MemberId memberId, String language) {
        var written = Language.fromCode(language).filter(l -> l == Language.DE).orElse(Language.EN);
        return strategies.strategyOf(memberId).describe(written);
    }
}
