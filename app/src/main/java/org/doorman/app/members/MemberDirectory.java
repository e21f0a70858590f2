package org.doorman.app.members;

import java.util.Optional;

/** Looks members up by id; the way other packages read profiles. */
public interface MemberDirectory {

    Optional<Member> find(String memberId);
}
