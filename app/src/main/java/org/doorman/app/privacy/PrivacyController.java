package org.doorman.app.privacy;

import io.swagger.v3.oas.annotations.Operation;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberCredentials;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The member's data over the API: the export, the member's own erasure and the operator's. */
@RestController
class PrivacyController {

    record EraseBody(String password, Boolean confirm) {}

    private final MemberExport export;
    private final Erasure erasure;
    private final MemberCredentials credentials;

    PrivacyController(MemberExport export, Erasure erasure, MemberCredentials credentials) {
        this.export = export;
        this.erasure = erasure;
        this.credentials = credentials;
    }

    @GetMapping("/api/v1/me/export")
    @Operation(summary = "A ZIP of JSON files with all of your data")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentMember me) {
        return zip(export.zip(me.memberId()));
    }

    /** With the password again, or {@code confirm: true}: the caller already holds the member's token. */
    @DeleteMapping("/api/v1/me")
    @Operation(summary = "Erase yourself; others' copies are anonymised")
    ResponseEntity<Void> erase(
            @AuthenticationPrincipal CurrentMember me, @RequestBody(required = false) EraseBody body) {
        if (body == null || (body.password() == null && body.confirm() == null)) {
            throw problem(
                    HttpStatus.BAD_REQUEST,
                    "Erasing cannot be undone: send your password again ({\"password\": ...}) or {\"confirm\": true}.");
        }
        if (body.password() != null) {
            boolean right = credentials
                    .byPassword(me.handle(), body.password())
                    .filter(member -> member.id().equals(me.id()))
                    .isPresent();
            if (!right) {
                throw problem(HttpStatus.FORBIDDEN, "The password is not right; nothing was erased.");
            }
        } else if (!body.confirm()) {
            throw problem(HttpStatus.BAD_REQUEST, "confirm must be true to erase; nothing was erased.");
        }
        erasure.erase(me.memberId(), Erasure.Who.MEMBER);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/members/{id}")
    @Operation(summary = "Erase a member (operator); others' copies are anonymised")
    ResponseEntity<Void> eraseByOperator(@PathVariable String id) {
        if (!Ids.member(id)
                .map(member -> erasure.erase(member, Erasure.Who.OPERATOR))
                .orElse(false)) {
            throw problem(HttpStatus.NOT_FOUND, "There is no member " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<byte[]> zip(byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("doorman-export.zip")
                                .build()
                                .toString())
                .body(bytes);
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
