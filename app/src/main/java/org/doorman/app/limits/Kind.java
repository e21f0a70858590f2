package org.doorman.app.limits;

/** What is limited, and per whom. */
enum Kind {
    SIGN_IN_PER_HANDLE,
    SIGN_IN_PER_ADDRESS,
    REQUESTS,
    MESSAGES,
    PROFILE_VIEWS,
    TOKENS
}
