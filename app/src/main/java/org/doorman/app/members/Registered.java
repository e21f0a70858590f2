package org.doorman.app.members;

/** A member just registered: their id and the API token, which is shown this once and stored only as a hash. */
public record Registered(String id, String handle, String token) {}
