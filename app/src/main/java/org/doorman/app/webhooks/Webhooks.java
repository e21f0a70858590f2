package org.doorman.app.webhooks;

import java.util.List;

/** The URLs the operator registered for webhooks, with the secret each delivery is signed with. */
public interface Webhooks {

    /** Every registered webhook, oldest first. */
    List<WebhookTarget> targets();
}
