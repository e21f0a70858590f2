package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The member's own profile")
class MeController {

    private final Profiles profiles;

    MeController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Your own profile, with your e-mail address")
    MeView me(@AuthenticationPrincipal CurrentMember me) {
        return MeView.from(profiles.mine(me.memberId()), profiles.settingsOf(me.memberId()));
    }

    @PutMapping
    @Operation(
            summary = "Change your profile",
            description = "The fields of POST /members without handle and password; the whole profile is replaced."
                    + " Offers and about drive how requests to you are screened. An optional digest object"
                    + " (frequency daily|weekly|never, time HH:mm, timeZone, day) changes the e-mail digest.")
    MeView change(@AuthenticationPrincipal CurrentMember me, @RequestBody ProfileChange change) {
        return MeView.from(profiles.change(me.memberId(), change), profiles.settingsOf(me.memberId()));
    }

    record MeView(
            String id,
            String handle,
            @JsonUnwrapped Profile profile,
            @JsonAnyGetter Map<String, Object> settings) {

        static MeView from(Member member, Map<String, Object> settings) {
            return new MeView(member.id(), member.handle(), member.profile(), settings);
        }
    }
}
