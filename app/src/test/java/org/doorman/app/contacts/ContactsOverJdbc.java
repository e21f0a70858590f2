package org.doorman.app.contacts;

import org.doorman.app.members.MemberDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contacts adapter for tests of other packages that run on a database without Spring. */
public final class ContactsOverJdbc {

    private ContactsOverJdbc() {}

    public static Contacts of(JdbcClient jdbc) {
        return new JdbcContacts(jdbc, MemberDirectory.jdbc(jdbc));
    }
}
