package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

// --- review and links ---------------------------------------------------------------------------------------------

func runDemandReview(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "review")
	if err != nil {
		return err
	}
	community := fs.String("community", "", "the community to review (required)")
	since := fs.String("since", "30d", "questions from this date (2025-03-01) or age (30d, 12w) on")
	asJSON := fs.Bool("json", false, "print JSON")
	lowScore := fs.Float64("low-score", demand.DefaultLowScore, "an answer whose best offer scores below this counts as no good answer")
	limit := fs.Int("limit", 50, "at most this many items")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *community == "" {
		return usagef("--community is required: demand review --community C [--since D] [--json]")
	}
	from, err := parseSince(*since)
	if err != nil {
		return err
	}
	be, qs, err := d.openQuestions(ctx, from, time.Time{})
	if err != nil {
		return err
	}
	defer be.close()
	links, err := be.review.Links(ctx)
	if err != nil {
		return err
	}
	items := demand.Review(qs, *community, links, demand.ReviewOptions{LowScore: *lowScore})
	total, all := 0, len(items)
	for _, it := range items {
		total += it.Questions
	}
	if len(items) > *limit {
		items = items[:*limit]
	}
	if *asJSON {
		return writeJSON(e.stdout, map[string]any{"community": *community, "since": day(from), "questions": total, "items": items})
	}
	shown := ""
	if len(items) < all {
		shown = fmt.Sprintf(" (de %d meest gevraagde hieronder)", len(items))
	}
	fmt.Fprintf(e.stdout, "Review %s sinds %s: %d vragen zonder goed antwoord in %d items%s\n", *community, day(from), total, all, shown)
	if len(items) == 0 {
		return nil
	}
	fmt.Fprintln(e.stdout, "Koppel een item aan een aanbod met: wegwijzer demand link ITEM OFFER_ID")
	for i, it := range items {
		fmt.Fprintf(e.stdout, "\n%2d. %s  %d vragen, %d ondernemers  [%s]\n", i+1, it.ID, it.Questions, it.People, reasonsText(it.Reasons))
		fmt.Fprintf(e.stdout, "    %q\n", it.Examples[0])
		if len(it.Examples) > 1 {
			var rest []string
			for _, x := range it.Examples[1:] {
				rest = append(rest, strconv.Quote(x))
			}
			fmt.Fprintf(e.stdout, "    ook: %s\n", strings.Join(rest, ", "))
		}
		var meta []string
		if len(it.Themes) > 0 {
			meta = append(meta, "thema: "+strings.Join(it.Themes, ", "))
		}
		if len(it.Offers) > 0 {
			meta = append(meta, "getoond: "+strings.Join(it.Offers, ", "))
		}
		if it.Linked != "" {
			meta = append(meta, "gekoppeld aan: "+it.Linked)
		}
		meta = append(meta, "laatst: "+it.Last.UTC().Format("2006-01-02 15:04"))
		fmt.Fprintf(e.stdout, "    %s\n", strings.Join(meta, "   "))
	}
	return nil
}

var reasonLabels = map[demand.Reason]string{
	demand.ReasonNoMatch: "geen match", demand.ReasonNotHelped: "niet geholpen", demand.ReasonLowScore: "zwak antwoord",
	demand.ReasonHandoff: "wil een mens", demand.ReasonAbandoned: "afgehaakt",
}

func reasonsText(m map[demand.Reason]int) string {
	var parts []string
	for _, r := range []demand.Reason{demand.ReasonNoMatch, demand.ReasonNotHelped, demand.ReasonLowScore, demand.ReasonHandoff, demand.ReasonAbandoned} {
		if m[r] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", reasonLabels[r], m[r]))
		}
	}
	return strings.Join(parts, ", ")
}

func runDemandLink(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "link")
	if err != nil {
		return err
	}
	since := d.sinceRetention(fs, "look for the item among questions from this date or age on")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 2 {
		return usagef("want ITEM and OFFER_ID: demand link q1a2b3c4d eia")
	}
	itemID, offerID := rest[0], rest[1]
	cat, err := loadCatalogue(d.c.contentDir)
	if err != nil {
		return err
	}
	if cat.Offer(offerID) == nil {
		return usagef("unknown offer %q: see wegwijzer search for offer ids", offerID)
	}
	from, err := parseSince(*since)
	if err != nil {
		return err
	}
	be, qs, err := d.openQuestions(ctx, from, time.Time{})
	if err != nil {
		return err
	}
	defer be.close()
	for _, community := range demand.Communities(qs) {
		for _, it := range demand.Review(qs, community, nil, demand.ReviewOptions{}) {
			if it.ID != itemID {
				continue
			}
			link := it.Link(offerID, demandNow())
			if err := be.review.SaveLink(ctx, link); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "Gekoppeld: %s (%s, %d formuleringen, %d vragen) -> %s (%s)\n", it.ID, community, len(link.Questions), it.Questions, offerID, cat.Offer(offerID).Title)
			fmt.Fprintln(e.stdout, "De bot gebruikt de koppeling bij de volgende start (een draaiende server met Redis binnen een minuut).")
			return nil
		}
	}
	return fmt.Errorf("no review item %q among the questions since %s (run wegwijzer demand review to see the items)", itemID, day(from))
}

// --- hand-offs -----------------------------------------------------------------------------------------------

var stateLabels = map[wegwijzer.HandoffState]string{wegwijzer.HandoffOpen: "open", wegwijzer.HandoffTaken: "opgepakt", wegwijzer.HandoffDone: "afgerond"}

func runDemandHandoffs(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "handoffs")
	if err != nil {
		return err
	}
	community := fs.String("community", "", "only this community")
	since := fs.String("since", "30d", "requests from this date or age on")
	state := fs.String("state", "", "only this state: open, taken or done")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *state != "" && stateLabels[wegwijzer.HandoffState(*state)] == "" {
		return usagef("--state %q: want open, taken or done", *state)
	}
	from, err := parseSince(*since)
	if err != nil {
		return err
	}
	be, qs, err := d.openQuestions(ctx, from, time.Time{})
	if err != nil {
		return err
	}
	defer be.close()
	states, err := be.review.HandoffStates(ctx)
	if err != nil {
		return err
	}
	hs := demand.Handoffs(qs, *community, states)
	count := map[wegwijzer.HandoffState]int{}
	for _, h := range hs {
		count[h.State]++
	}
	if *state != "" {
		hs = slices.DeleteFunc(hs, func(h demand.Handoff) bool { return string(h.State) != *state })
	}
	if *asJSON {
		if hs == nil {
			hs = []demand.Handoff{}
		}
		return writeJSON(e.stdout, map[string]any{"community": *community, "since": day(from), "handoffs": hs})
	}
	where := *community
	if where == "" {
		where = "alle communities"
	}
	fmt.Fprintf(e.stdout, "Overdrachten %s sinds %s: %d open, %d opgepakt, %d afgerond\n", where, day(from),
		count[wegwijzer.HandoffOpen], count[wegwijzer.HandoffTaken], count[wegwijzer.HandoffDone])
	if len(hs) == 0 {
		return nil
	}
	fmt.Fprintln(e.stdout, "Pak een overdracht op met: wegwijzer demand handoff take ID (en daarna: done ID)")
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(tw, "\nstatus\tid\ttijd\tcommunity\tplatform\tvraag")
	for _, h := range hs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", stateLabels[h.State], h.ID, h.Time.UTC().Format("2006-01-02 15:04"), h.Community, h.Platform, strconv.Quote(h.Question))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	header := false
	for _, h := range hs {
		if line := handoffSummary(h.Summary); line != "" {
			if !header {
				fmt.Fprintln(e.stdout, "\nSamenvattingen:")
				header = true
			}
			fmt.Fprintf(e.stdout, "%s  %s\n", h.ID, line)
		}
	}
	return nil
}

// handoffSummary is a hand-off's summary on one line (scrubbed; the way to reach the person is never in it: the
// dashboard shows that, from the conversation).
func handoffSummary(n *wegwijzer.HandoffNote) string {
	if n == nil {
		return ""
	}
	var parts []string
	if n.Theme != "" {
		parts = append(parts, "thema "+n.Theme)
	}
	for _, k := range []string{"topic", "sector", "region", "size"} {
		if v := n.Slots[k]; v != "" && v != "-" {
			parts = append(parts, k+" "+v)
		}
	}
	if len(n.Shown) > 0 {
		parts = append(parts, "getoond "+strings.Join(n.Shown, ", "))
	}
	if n.NotHelped != "" && n.NotHelped != "-" {
		parts = append(parts, "hielp niet "+strconv.Quote(n.NotHelped))
	}
	if n.Words != "" {
		parts = append(parts, "eigen woorden "+strconv.Quote(n.Words))
	}
	return strings.Join(parts, "; ")
}

func runDemandHandoff(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "handoff")
	if err != nil {
		return err
	}
	since := d.sinceRetention(fs, "look for the request among those from this date or age on")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 2 {
		return usagef("want an action and an id: demand handoff take|done|open ID")
	}
	states := map[string]wegwijzer.HandoffState{"take": wegwijzer.HandoffTaken, "done": wegwijzer.HandoffDone, "open": wegwijzer.HandoffOpen, "reopen": wegwijzer.HandoffOpen}
	state, ok := states[rest[0]]
	if !ok {
		return usagef("unknown action %q: want take, done or open", rest[0])
	}
	id := rest[1]
	from, err := parseSince(*since)
	if err != nil {
		return err
	}
	be, qs, err := d.openQuestions(ctx, from, time.Time{})
	if err != nil {
		return err
	}
	defer be.close()
	h, err := demand.FindHandoff(demand.Handoffs(qs, "", nil), id)
	switch wegwijzer.ErrorCode(err) {
	case "":
	case wegwijzer.ENOTFOUND:
		return fmt.Errorf("%s since %s (see wegwijzer demand handoffs)", wegwijzer.ErrorMessage(err), day(from))
	default:
		return usagef("%s", wegwijzer.ErrorMessage(err))
	}
	if err := be.review.SetHandoff(ctx, h.EventID, state); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Overdracht %s (%s): %s\n", h.ID, h.Community, stateLabels[state])
	return nil
}
