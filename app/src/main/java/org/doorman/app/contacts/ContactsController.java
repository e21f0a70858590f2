package org.doorman.app.contacts;

import java.util.List;
import org.doorman.app.members.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/contacts")
class ContactsController {

    private final ContactList contacts;

    ContactsController(ContactList contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    List<ContactView> contacts(@AuthenticationPrincipal CurrentMember me) {
        return contacts.of(me.id());
    }

    @DeleteMapping("/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String memberId, @AuthenticationPrincipal CurrentMember me) {
        if (memberId.indexOf('\0') >= 0 || !contacts.remove(me.id(), memberId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no contact " + memberId + ".");
        }
    }
}
