package org.doorman.app.members;

import java.util.Optional;

/** Looks members up by id; the way other packages read profiles. */
public interface MemberDirectory {

    Optional<Member> find(String memberId);

    /** Members by name, at most {@code limit}, without their groups: for choosing whom to write to. */
    java.util.List<Member> byName(int limit);
}
