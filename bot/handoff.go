package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand/scrub"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Leaving the bot: erasure, and the hand-off to a person.

func (t *turnState) forget(ctx context.Context) (*wegwijzer.Reply, error) {
	// Erase the person who asks, not whoever started the conversation (in a shared thread they differ). A
	// person without a platform id is known to the demand log by this conversation.
	user := t.msg.User
	sctx, cancel := t.e.storeCtx(ctx)
	defer cancel()
	if user != "" {
		if _, err := t.e.store.EraseUser(sctx, user); err != nil {
			return nil, fmt.Errorf("erase user: %w", err)
		}
	}
	if t.e.opts.Hooks.Erase != nil {
		who := user
		if who == "" {
			who = "conversation:" + t.conv.ID
		}
		if _, err := t.e.opts.Hooks.Erase(sctx, who); err != nil {
			return nil, fmt.Errorf("erase user records: %w", err)
		}
	}
	if err := t.e.store.Delete(sctx, t.conv.ID); err != nil {
		return nil, fmt.Errorf("erase conversation: %w", err)
	}
	t.erased = true
	t.conv.State = StateNew
	return t.info(texts.erased.in(t.lang)), nil
}

// handoff passes the conversation to a person: it asks how to reach the entrepreneur (optional) and writes the
// summary the community manager gets.
func (t *turnState) handoff() *wegwijzer.Reply {
	c := t.conv
	note := &wegwijzer.HandoffNote{Theme: c.Slots[slotTheme], Shown: t.shown(), NotHelped: c.Slots[slotNotHelped], Slots: map[string]string{}}
	for _, s := range append([]string{slotTopic}, askerSlots...) {
		if v := c.Slots[s]; v != "" && v != "-" {
			note.Slots[s] = v
		}
	}
	words := append(lines(c.Slots[slotEarlier]), c.Slots[slotQuery]) // the person's own words, earlier questions first
	if t.msg.Text != "" {
		words = append(words, t.read.msg.Text)
	}
	note.Words = strings.TrimSpace(scrub.Text(strings.Join(words, "\n")))
	c.State = StateHandoff
	c.Handoff = "open"
	c.HandoffNote = note
	t.rec.Handoff = true
	logged := *note // the demand log's copy, which never gets the contact
	t.rec.HandoffNote = &logged
	text := texts.handoff
	if t.givesContact() {
		// "bel me op 06-...": how to reach the person came with the request, so it is not asked again.
		note.Contact = trimWords(strings.TrimSpace(t.msg.Text), 200)
		t.rec.Message.Text = "" // the way to reach the person stays with the hand-off, out of the demand log
		text = texts.handoffReached
	} else {
		c.Slots[slotAskReach] = "yes"
	}
	r := t.info(text.in(t.lang))
	if summary := t.handoffSummary(note); summary != "" {
		r.Text += "\n\n" + summary
	}
	r.Kind = wegwijzer.ReplyHandoff
	if cm := t.cat.Community(c.Community); cm != nil && len(cm.Managers) > 0 {
		r.NextStep = cm.Managers[0].Role + ": " + cm.Managers[0].Contact
	}
	return r
}

// waitForPerson answers while a person is to take over: it keeps how to reach the entrepreneur when that was
// asked, and otherwise says that someone will come back.
func (t *turnState) waitForPerson() *wegwijzer.Reply {
	c := t.conv
	if c.Slots[slotAskReach] != "yes" || t.msg.Text == "" {
		return t.info(texts.handoffWaiting.in(t.lang))
	}
	delete(c.Slots, slotAskReach)
	text := strings.TrimSpace(t.msg.Text)
	if t.givesContact() {
		if c.HandoffNote == nil {
			c.HandoffNote = &wegwijzer.HandoffNote{}
		}
		c.HandoffNote.Contact = trimWords(text, 200)
		t.rec.Message.Text = "" // the way to reach the person stays with the hand-off, out of the demand log
		return t.info(texts.contactKept.in(t.lang))
	}
	if len(strings.Fields(text)) <= 3 && slices.ContainsFunc(strings.Fields(strings.ToLower(text)), func(w string) bool { return understand.IsHereWord(strings.Trim(w, ".!,")) }) {
		return t.info(texts.contactHere.in(t.lang))
	}
	return t.info(texts.handoffWaiting.in(t.lang))
}

// givesContact reports whether the message holds an e-mail address or a phone number (the scrubber replaced one).
func (t *turnState) givesContact() bool {
	scrubbed := t.read.msg.Text
	return scrubbed != strings.TrimSpace(t.msg.Text) && (strings.Contains(scrubbed, scrub.Email) || strings.Contains(scrubbed, scrub.Phone))
}

// deliverManagerReplies puts what a community manager answered from the dashboard before this turn's reply, and
// drops it from the conversation: it was kept there only until the person's next turn.
func (t *turnState) deliverManagerReplies(r *wegwijzer.Reply) {
	c := t.conv
	if len(c.HandoffReplies) == 0 || t.erased {
		return
	}
	r.Text = managerText(c.HandoffReplies, t.lang) + "\n\n" + r.Text
	c.HandoffReplies = nil
}

// managerText shows what a community manager answered, each message under its heading.
func managerText(replies []wegwijzer.HandoffReply, l lang) string {
	var parts []string
	for _, m := range replies {
		parts = append(parts, texts.managerSays.in(l)+"\n"+m.Text)
	}
	return strings.Join(parts, "\n\n")
}

// handoffSummary says what the community manager gets, in words: theme and topic, sector, place, size, what was
// shown and whether it helped. The person's own words are passed on but not repeated here.
func (t *turnState) handoffSummary(n *wegwijzer.HandoffNote) string {
	var parts []string
	if th := t.cat.Theme(n.Theme); th != nil {
		about := pick(t.lang, th.Label, th.LabelEN)
		for _, tp := range th.Topics {
			if tp.ID == n.Slots[slotTopic] {
				about += " (" + strings.ToLower(pick(t.lang, tp.Label, tp.LabelEN)) + ")"
			}
		}
		parts = append(parts, pick(t.lang, "onderwerp: ", "topic: ")+about)
	}
	if s := t.cat.Sector(n.Slots[slotSector]); s != nil {
		parts = append(parts, pick(t.lang, "branche: ", "sector: ")+pick(t.lang, s.Label, s.LabelEN))
	}
	if p := t.cat.Geography.Place(n.Slots[slotRegion]); p != nil {
		parts = append(parts, pick(t.lang, "plaats: ", "place: ")+p.Name)
	}
	if sz, ok := sizeLabels[n.Slots[slotSize]]; ok {
		parts = append(parts, pick(t.lang, "omvang: ", "size: ")+strings.ToLower(sz.in(t.lang)))
	}
	if lf, ok := legalFormLabels[n.Slots[slotLegalForm]]; ok {
		parts = append(parts, pick(t.lang, "rechtsvorm: ", "legal form: ")+strings.ToLower(lf.in(t.lang)))
	}
	var shown []string
	for _, id := range n.Shown {
		if o := t.cat.Offer(id); o != nil {
			shown = append(shown, pick(t.lang, o.Title, o.TitleEN))
		}
	}
	if len(shown) > 0 {
		parts = append(parts, pick(t.lang, "getoond: ", "shown: ")+strings.Join(shown, ", "))
	}
	if n.NotHelped != "" {
		parts = append(parts, pick(t.lang, "dat hielp niet", "that did not help"))
	}
	if len(parts) == 0 {
		return ""
	}
	return pick(t.lang, "Dit geef ik door: ", "What I pass on: ") + strings.Join(parts, "; ") + "."
}
