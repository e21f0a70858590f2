package org.doorman.app.members;

import java.time.Clock;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member blocks another: the blocked member's requests to them are refused as if one were pending, and their profile
 * is not found for the blocked member. Only the blocker sees the block.
 */
@Service
public class Blocks implements BlockList {

    private final JdbcBlocks blocks;
    private final MemberDirectory members;
    private final Clock clock;

    Blocks(JdbcBlocks blocks, MemberDirectory members, Clock clock) {
        this.blocks = blocks;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public boolean blocked(MemberId blockerId, MemberId otherId) {
        return blocks.exists(blockerId.value(), otherId.value());
    }

    /** Blocks a member; blocking again changes nothing. An unknown member is 404 ({@link #noMember}), oneself 422. */
    @Transactional
    public Blocked block(MemberId blockerId, MemberId memberId) {
        if (memberId.equals(blockerId)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "A member cannot block themselves.");
        }
        var member = members.find(memberId).orElseThrow(() -> noMember(memberId.value()));
        blocks.add(blockerId.value(), member.id(), clock.instant());
        return blocks.of(blockerId.value()).stream()
                .filter(b -> b.memberId().equals(member.id()))
                .findFirst()
                .orElseThrow();
    }

    /** Lifts a block; false when there was none. */
    @Transactional
    public boolean unblock(MemberId blockerId, MemberId memberId) {
        return blocks.remove(blockerId.value(), memberId.value());
    }

    /** What blocking an unknown member answers, also for an id that cannot be one. */
    static ResponseStatusException noMember(String memberId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no member " + memberId + ".");
    }

    /** The members the caller blocked, latest first. */
    public List<Blocked> of(MemberId blockerId) {
        return blocks.of(blockerId.value());
    }
}
