package org.doorman.app.members;

import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;

/** Looks members up by id; the way other packages read profiles. */
public interface MemberDirectory {

    Optional<Member> find(MemberId memberId);

    /** The member who signs in with {@code handle}, with their groups. */
    Optional<Member> findByHandle(String handle);

    /** How many members the network has. */
    long count();

    /** Members by name, at most {@code limit}, without their groups: for choosing whom to write to. */
    java.util.List<Member> byName(int limit);

    /** The directory over a database, for a command that runs without the server. */
    static MemberDirectory jdbc(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new JdbcMembers(
                jdbc, tools.jackson.databind.json.JsonMapper.builder().build());
    }
}
