package dashboard

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

// The manager's page of one community: the hand-off inbox, the review list (link a group of questions to an
// offer, found by its title; undo a link) and a chart of what the community asked this month.

// reviewPage is the number of review items on a page.
const reviewPage = 25

// inboxItem is a hand-off with the conversation it came from.
type inboxItem struct {
	demand.Handoff
	Earlier []string // the conversation's earlier questions, scrubbed, oldest first
	// The summary in words: the theme, what the dialogue knew, the offers shown (titles), what did not help and
	// the person's own words (scrubbed).
	Theme     string
	Known     []string
	Shown     []string
	NotHelped string
	Words     string
	// Contact is how the person wants to be reached, read from the conversation (never from the demand log);
	// ContactNote says why there is none ("" when Contact is set).
	Contact     string
	ContactNote string
	CanReply    bool // a web chat whose conversation is still kept: the manager can answer in it
}

// reviewRow is a review item with the title of the offer it is linked to.
type reviewRow struct {
	demand.ReviewItem
	LinkedTitle string
}

func (h *Handler) community(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	qs, states, err := h.handoffQuestions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	links, err := h.review.Links(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	items := demand.Review(qs, id, links, demand.ReviewOptions{})
	pages := max(1, (len(items)+reviewPage-1)/reviewPage)
	page, err := strconv.Atoi(r.URL.Query().Get("p"))
	if err != nil || page < 1 {
		page = 1
	}
	page = min(page, pages)
	total := len(items)
	items = items[(page-1)*reviewPage : min(page*reviewPage, total)]
	rows := make([]reviewRow, len(items))
	for i, it := range items {
		rows[i] = reviewRow{ReviewItem: it}
		if o := h.cat.Offer(it.Linked); o != nil {
			rows[i].LinkedTitle = o.Title
		}
	}
	h.render(w, "community.html", map[string]any{
		"ID": id, "Name": h.communityName(id), "Items": rows, "Inbox": h.inbox(r.Context(), qs, id, states), "Offers": h.cat.Offers,
		"CSRF": h.csrf(r), "Days": int(h.opts.Window.Hours() / 24), "Notice": notices[r.URL.Query().Get("ok")],
		"Month": h.monthChart(qs, id), "Page": page, "Pages": pages, "Total": total, "Prev": page - 1, "Next": page + 1, "Admin": principalOf(r).Role == RoleAdmin, "Login": principalOf(r).Name,
	})
}

// inbox lists the community's hand-offs, each with the questions asked before it in the same conversation.
func (h *Handler) inbox(ctx context.Context, qs []wegwijzer.DemandEvent, community string, states map[string]wegwijzer.HandoffState) []inboxItem {
	byEvent := map[string]wegwijzer.DemandEvent{}
	byConv := map[string][]wegwijzer.DemandEvent{}
	for _, q := range qs {
		if q.Community != community {
			continue
		}
		byEvent[q.ID] = q
		byConv[q.Conversation] = append(byConv[q.Conversation], q)
	}
	var out []inboxItem
	for _, ho := range demand.Handoffs(qs, community, states) {
		it := inboxItem{Handoff: ho}
		if ev, ok := byEvent[ho.EventID]; ok && ev.Conversation != "" {
			conv := byConv[ev.Conversation]
			slices.SortFunc(conv, func(a, b wegwijzer.DemandEvent) int { return a.Time.Compare(b.Time) })
			for _, q := range conv {
				if q.ID != ev.ID && !q.Time.After(ev.Time) && q.Text != "" {
					it.Earlier = append(it.Earlier, q.Text)
				}
			}
		}
		h.summarise(&it)
		if it.State != wegwijzer.HandoffDone {
			h.contact(ctx, &it, community)
		}
		out = append(out, it)
	}
	return out
}

// monthChart is "what my community asked this month": questions per main theme since the first of the month,
// from the demand package's export. The manager reads these questions one by one on the same page, so the counts
// are exact (k = 1, no rounding); the analyst pages keep the published rules.
func (h *Handler) monthChart(qs []wegwijzer.DemandEvent, community string) map[string]any {
	now := h.opts.Now().UTC()
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	var mine []wegwijzer.DemandEvent
	for _, q := range qs {
		if q.Community == community && !q.Time.Before(first) {
			mine = append(mine, q)
		}
	}
	t := demand.Export(mine, demand.ExportOptions{By: []demand.Dimension{demand.DimTheme}, K: 1, Round: 1, From: first, To: now})
	slices.SortFunc(t.Cells, func(a, b demand.Cell) int { return b.Questions - a.Questions })
	var bars []barRow
	for _, c := range t.Cells {
		bars = append(bars, barRow{Label: h.themeName(c.Values[0]), Value: c.Questions})
	}
	return map[string]any{"Since": first.Format("2 January 2006"), "Rows": bars, "Chart": hbars("Vragen per thema deze maand", bars, 0, 0)}
}

// resolveOffer finds the offer a manager meant: its id, its exact title, or the only offer whose title (or
// alias) holds every word typed. Otherwise it returns the candidates (at most 20) to pick from.
func (h *Handler) resolveOffer(input string) (*wegwijzer.Offer, []*wegwijzer.Offer) {
	input = strings.TrimSpace(input)
	if o := h.cat.Offer(input); o != nil {
		return o, nil
	}
	words := strings.FieldsFunc(strings.ToLower(input), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return nil, nil
	}
	var hits []*wegwijzer.Offer
	for _, o := range h.cat.Offers {
		if strings.EqualFold(o.Title, input) {
			return o, nil
		}
		hay := strings.ToLower(o.Title + " " + o.TitleEN + " " + strings.Join(o.Aliases, " ") + " " + o.ID)
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(hay, w) }) {
			hits = append(hits, o)
		}
	}
	if len(hits) == 1 {
		return hits[0], nil
	}
	return nil, hits[:min(len(hits), 20)]
}

func (h *Handler) link(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	if !h.checkForm(w, r) {
		return
	}
	itemID := r.PostForm.Get("item")
	offer, candidates := h.resolveOffer(r.PostForm.Get("offer"))
	if offer == nil {
		// Not one offer: let the manager pick from the titles found (or say none was found), in Dutch, on a page
		// that keeps the item.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
		h.render(w, "pick.html", map[string]any{"ID": id, "Item": itemID, "Candidates": candidates, "CSRF": h.csrf(r)})
		return
	}
	qs, err := h.questions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	for _, it := range demand.Review(qs, id, nil, demand.ReviewOptions{}) {
		if it.ID != itemID {
			continue
		}
		link := it.Link(offer.ID, h.opts.Now())
		if err := h.review.SaveLink(r.Context(), link); err != nil {
			h.fail(w, err)
			return
		}
		if h.opts.Link != nil {
			for _, q := range link.Questions {
				if err := h.opts.Link(q, offer.ID); err != nil {
					h.slog.Warn("dashboard: link not taught to the running index", "offer", offer.ID, "err", err)
				}
			}
		}
		http.Redirect(w, r, "/dashboard/c/"+id+"?ok=gekoppeld#item-"+itemID, http.StatusSeeOther)
		return
	}
	http.Error(w, "deze groep vragen bestaat niet (meer) in deze community: laad de pagina opnieuw", http.StatusNotFound)
}

// unlink undoes a link: the item's link is replaced by one without an offer, which the review list shows as not
// linked and the index does not learn at its next start. The running index keeps what it learned until then.
func (h *Handler) unlink(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	if !h.checkForm(w, r) {
		return
	}
	itemID := r.PostForm.Get("item")
	links, err := h.review.Links(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	for _, l := range links {
		if l.Item != itemID || l.Community != id || l.OfferID == "" {
			continue
		}
		if err := h.review.SaveLink(r.Context(), wegwijzer.DemandLink{Item: l.Item, Community: l.Community, Time: h.opts.Now()}); err != nil {
			h.fail(w, err)
			return
		}
		http.Redirect(w, r, "/dashboard/c/"+id+"?ok=ontkoppeld#item-"+itemID, http.StatusSeeOther)
		return
	}
	http.Error(w, "deze groep is niet gekoppeld in deze community", http.StatusNotFound)
}

func (h *Handler) handoff(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	if !h.checkForm(w, r) {
		return
	}
	state := wegwijzer.HandoffState(r.PostForm.Get("state"))
	if state != wegwijzer.HandoffOpen && state != wegwijzer.HandoffTaken && state != wegwijzer.HandoffDone {
		http.Error(w, "state must be open, taken or done", http.StatusBadRequest)
		return
	}
	qs, err := h.questions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	event := r.PostForm.Get("event")
	for _, ho := range demand.Handoffs(qs, id, nil) {
		if ho.EventID == event {
			if err := h.review.SetHandoff(r.Context(), event, state); err != nil {
				h.fail(w, err)
				return
			}
			http.Redirect(w, r, "/dashboard/c/"+id+"?ok="+string(state), http.StatusSeeOther)
			return
		}
	}
	http.Error(w, "deze overdracht bestaat niet in deze community", http.StatusNotFound)
}

// summarise puts a hand-off's summary in words.
func (h *Handler) summarise(it *inboxItem) {
	n := it.Summary
	if n == nil {
		return
	}
	if n.Theme != "" {
		it.Theme = h.themeName(n.Theme)
	}
	for _, k := range []struct{ slot, label string }{{"topic", "onderwerp"}, {"sector", "sector"}, {"region", "plaats"}, {"size", "grootte"}} {
		v := n.Slots[k.slot]
		if v == "" || v == "-" {
			continue
		}
		switch k.slot {
		case "sector":
			if h.cat != nil {
				if s := h.cat.Sector(v); s != nil {
					v = s.Label
				}
			}
		case "region":
			v = h.placeName(v)
		}
		it.Known = append(it.Known, k.label+": "+v)
	}
	for _, id := range n.Shown {
		title := id
		if h.cat != nil {
			if o := h.cat.Offer(id); o != nil {
				title = o.Title
			}
		}
		it.Shown = append(it.Shown, title)
	}
	if n.NotHelped != "-" {
		it.NotHelped = n.NotHelped
	}
	it.Words = n.Words
}

// contact reads how the person wants to be reached from the hand-off's conversation, for a manager of the
// community (the caller checked that). What goes wrong is logged without the reference or any text.
func (h *Handler) contact(ctx context.Context, it *inboxItem, community string) {
	if h.opts.Desk == nil || it.Ref == "" {
		return
	}
	c, err := h.opts.Desk.Contact(ctx, it.Ref, community)
	switch {
	case wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND:
		it.ContactNote = "gesprek niet meer bewaard (gewist of verlopen)"
	case err != nil:
		h.slog.WarnContext(ctx, "dashboard: hand-off contact not readable", "handoff", it.ID, "err", err)
		it.ContactNote = "contactgegevens nu niet te lezen"
	case c == "":
		it.ContactNote = "geen contactgegevens achtergelaten"
	default:
		it.Contact = c
	}
	it.CanReply = err == nil && it.Platform == "web"
}

// reply posts a manager's answer into the web-chat conversation of a hand-off of their community, and marks an
// open hand-off taken.
func (h *Handler) reply(w http.ResponseWriter, r *http.Request) {
	id, ok := h.own(w, r)
	if !ok {
		return
	}
	if !h.checkForm(w, r) {
		return
	}
	if h.opts.Desk == nil {
		http.Error(w, "antwoorden kan hier niet: de gesprekken zijn niet gekoppeld", http.StatusNotImplemented)
		return
	}
	qs, states, err := h.handoffQuestions(r.Context())
	if err != nil {
		h.fail(w, err)
		return
	}
	event := r.PostForm.Get("event")
	hs := demand.Handoffs(qs, id, states)
	i := slices.IndexFunc(hs, func(ho demand.Handoff) bool { return ho.EventID == event })
	if i < 0 {
		http.Error(w, "deze overdracht bestaat niet in deze community", http.StatusNotFound)
		return
	}
	ho := hs[i]
	err = h.opts.Desk.Reply(r.Context(), ho.Ref, id, r.PostForm.Get("text"))
	switch wegwijzer.ErrorCode(err) {
	case "":
	case wegwijzer.EINVALID:
		http.Error(w, "antwoord niet verstuurd: schrijf 1 tot 2000 tekens, en alleen in een webchat", http.StatusBadRequest)
		return
	case wegwijzer.ENOTFOUND:
		http.Error(w, "antwoord niet verstuurd: het gesprek is niet meer bewaard (gewist of verlopen)", http.StatusGone)
		return
	default:
		h.fail(w, err)
		return
	}
	if ho.State == wegwijzer.HandoffOpen {
		if err := h.review.SetHandoff(r.Context(), event, wegwijzer.HandoffTaken); err != nil {
			h.fail(w, err)
			return
		}
	}
	http.Redirect(w, r, "/dashboard/c/"+id+"?ok=beantwoord", http.StatusSeeOther)
}
