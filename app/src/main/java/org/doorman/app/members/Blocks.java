package org.doorman.app.members;

import java.time.Clock;
import java.util.List;
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
    public boolean blocked(String blockerId, String otherId) {
        return blocks.exists(blockerId, otherId);
    }

    /** Blocks a member; blocking again changes nothing. An unknown member is 404, oneself 422. */
    @Transactional
    public Blocked block(String blockerId, String memberId) {
        if (memberId.equals(blockerId)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "A member cannot block themselves.");
        }
        var member = members.find(memberId)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no member " + memberId + "."));
        blocks.add(blockerId, member.id(), clock.instant());
        return blocks.of(blockerId).stream()
                .filter(b -> b.memberId().equals(member.id()))
                .findFirst()
                .orElseThrow();
    }

    /** Lifts a block; 404 when there was none. */
    @Transactional
    public void unblock(String blockerId, String memberId) {
        if (!blocks.remove(blockerId, memberId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have not blocked member " + memberId + ".");
        }
    }

    /** The members the caller blocked, latest first. */
    public List<Blocked> of(String blockerId) {
        return blocks.of(blockerId);
    }
}
