package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.doorman.app.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/members")
class MembersController {

    private final MemberRegistration registration;
    private final MemberDirectory members;
    private final ProfileVisits visits;
    private final Blocks blocks;
    private final ContactPolicies policies;

    MembersController(
            MemberRegistration registration,
            MemberDirectory members,
            ProfileVisits visits,
            ContactPolicies policies,
            Blocks blocks) {
        this.registration = registration;
        this.members = members;
        this.visits = visits;
        this.blocks = blocks;
        this.policies = policies;
    }

    /** Operator only (see the security set-up). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a member (operator); answers the member's id and first token")
    RegisteredView create(@RequestBody NewMember member) {
        var registered = registration.register(member);
        return new RegisteredView(registered.id(), registered.handle(), registered.token());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A member's public profile; counts as a profile visit by the caller")
    @ApiResponse(responseCode = "200", description = "The public profile")
    @ApiResponse(responseCode = "429", description = "Too many profile views; Retry-After says when to try again")
    ProfileView profile(@PathVariable String id, @AuthenticationPrincipal CurrentMember me) {
        var member = Ids.member(id)
                .flatMap(members::find)
                // a member who blocked the caller is not found for them, exactly like one who does not exist
                .filter(found -> !blocks.blocked(found.memberId(), me.memberId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + id + "."));
        visits.record(me.memberId(), member.memberId());
        return ProfileView.from(member, policies.describe(member.memberId(), me.language()));
    }

    record RegisteredView(String id, String handle, String token) {}

    /** The public profile (no e-mail), with the member's contact policy in plain words in the reader's language. */
    record ProfileView(
            String id,
            String handle,
            @JsonUnwrapped @JsonIgnoreProperties("email") Profile profile,
            String contactPolicy) {

        static ProfileView from(Member member, String contactPolicy) {
            return new ProfileView(member.id(), member.handle(), member.profile(), contactPolicy);
        }
    }
}
