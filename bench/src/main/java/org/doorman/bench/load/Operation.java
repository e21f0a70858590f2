package org.doorman.bench.load;

/** What the load does, each measured on its own. */
enum Operation {
    SEND("POST /requests"),
    INBOX("GET /inbox"),
    REQUEST_PAGE("GET /requests/{id}");

    private final String call;

    Operation(String call) {
        this.call = call;
    }

    String call() {
        return call;
    }
}
