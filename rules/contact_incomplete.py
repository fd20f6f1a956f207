"""A media contact nobody can reach, or a number with nobody behind it.

What it does:
    Checks each contact block (see `missing-contact` for the labels recognised; one line
    per contact, stacked name / title / `Office: ..., Cell: ...` / email lines, and
    Markdown mailto links are all understood). It reports a contact who has no phone
    number and no email address, and a phone number or email address in a contact block
    with no person's name (a department alone, "PACER Center" or "PR Department", is not
    a person).

Why it matters:
    A journalist on deadline needs someone specific to call or write to. A name with no
    number is a dead end; a switchboard number with no name puts the caller in a queue.

Example:
    Flagged:   Contact: Chris Duffy            (no phone, no email)
    Flagged:   Contact: PACER Center 952-838-9000
    Fine:      Contact: Julie Holmquist 952-838-9000, julie.holmquist@pacer.org
    Fine:      Greg Risling
               Public Information and Affairs Administrator
               Office: 714-347-8435, Cell: 657-303-5239

Fix:
    None: the missing name or number has to come from the writer.
"""

from __future__ import annotations

from collections.abc import Iterator

from prlint.contacts import CLOUDFLARE, analyse
from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule


class ContactIncomplete(Rule):
    name = "contact-incomplete"
    code = "PR202"
    summary = "Media contact with no phone or email, or a phone/email with no person's name"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        contacts = analyse(doc, ctx.settings).contacts
        # People the release already gives a way to reach (a wire footer may repeat them),
        # each with the number of reachable contacts that name them: a person is reachable
        # through another contact than this one when more than this one name them.
        reachable_in: dict[str, int] = {}
        for contact in contacts:
            if contact.reachable:
                for named in {name.text for name in contact.names}:
                    reachable_in[named] = reachable_in.get(named, 0) + 1
        for number, contact in enumerate(contacts):
            span = doc.text[contact.start : contact.end]
            # An obfuscated "[email protected]" is an address (placeholder-contact reports it).
            reach = sorted(
                [p.start for p in contact.phones]
                + [e.start for e in contact.emails]
                + [contact.start + m.start() for m in CLOUDFLARE.finditer(span)]
            )
            label = contact.label or "contact"
            where = contact.label_start if contact.label_start is not None else contact.start
            # (With no reach, the contact is not reachable: every reachable person counts.)
            if not reach and _names_any(reachable_in, span):
                continue
            if not contact.names and not reach:
                following = contacts[number + 1] if number + 1 < len(contacts) else None
                if following is not None and (
                    doc.line_index(following.start) - doc.line_index(contact.end) <= 8
                ):
                    continue  # a heading over the contact lines that follow
                yield self.diagnostic(
                    where,
                    where + len(label),
                    "this contact gives no phone number or email address",
                )
                continue
            if not contact.names:
                what = (
                    "a phone number"
                    if contact.phones and not contact.emails
                    else "an email address"
                    if not contact.phones
                    else "a phone number and email address"
                )
                yield self.diagnostic(
                    where,
                    where + len(label),
                    f"this contact gives {what} but no person's name; name who will answer",
                )
                continue
            if not reach:
                if len(contact.names) == 1:
                    person = contact.names[0]
                    yield self.diagnostic(
                        person.start,
                        person.end,
                        f"contact {person.text!r} has no phone number or email address",
                    )
                else:
                    yield self.diagnostic(
                        where,
                        where + len(label),
                        "this contact gives no phone number or email address",
                    )
                continue
            # One line listing several people (`Jane Roe 0412 345 678  John Doe`): each
            # needs a number or address of their own. Stacked layouts mix company and
            # person lines, so they are judged as a whole.
            names = contact.names
            named_here = {name.text for name in names} if contact.reachable else set()
            for index, person in enumerate(names):
                until = names[index + 1].start if index + 1 < len(names) else contact.end + 1
                own = [r for r in reach if person.start <= r < until]
                line = doc.line_at(person.start)
                others_here = any(
                    line.start <= r <= line.end for r in reach if not person.start <= r < until
                )
                reachable_elsewhere = reachable_in.get(person.text, 0) > (person.text in named_here)
                if not own and others_here and not reachable_elsewhere:
                    yield self.diagnostic(
                        person.start,
                        person.end,
                        f"contact {person.text!r} has no phone number or email address",
                    )


def _names_any(names: dict[str, int], span: str) -> bool:
    """Whether any of `names` occurs in `span`. With many names (a long document of many
    contacts), the span's substrings of the names' lengths are looked up instead, so the
    cost does not grow with the number of contacts."""
    if len(names) <= 64:
        return any(person in span for person in names)
    return any(
        span[at : at + size] in names
        for size in {len(person) for person in names}
        for at in range(len(span) - size + 1)
    )
