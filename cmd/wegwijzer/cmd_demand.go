package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
)

// demandNow is the clock of the demand commands; tests set it.
var demandNow = time.Now

const demandUsage = `want a subcommand:
  demand review --community C [--since D] [--json]      questions without a good answer, rephrasings grouped
  demand link ITEM OFFER_ID                              link a review item to an offer; the bot learns it
  demand handoffs [--community C] [--state S] [--json]   requests to talk to a person, with their state
  demand handoff take|done|open ID                       change the state of a hand-off
  demand export --from D --to D --by DIMS [--format csv|json] [--k K]
                                                         counts per cell, cells under k entrepreneurs suppressed
  demand whitespots [--from D --to D] [--json]           theme x region: demand, share unanswered, offers
  demand reach [--from D --to D] [--json]                entrepreneurs reached per region, against 2,500
  demand emerging [--from D --to D] [--json]             words rising in unanswered questions
  demand retention                                       drop question texts older than the retention now`

func runDemand(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return usagef("%s", demandUsage)
	}
	subs := map[string]func(context.Context, env, []string) error{
		"review":     runDemandReview,
		"link":       runDemandLink,
		"handoffs":   runDemandHandoffs,
		"handoff":    runDemandHandoff,
		"export":     runDemandExport,
		"whitespots": runDemandWhitespots,
		"reach":      runDemandReach,
		"emerging":   runDemandEmerging,
		"retention":  runDemandRetention,
		"generate":   runDemandGenerate, // development: fill the log with generated dialogues
	}
	run, ok := subs[args[0]]
	if !ok {
		if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			fmt.Fprintln(e.stderr, strings.Replace(demandUsage, "want a subcommand:", "Usage: wegwijzer demand SUBCOMMAND", 1))
			return nil
		}
		return usagef("unknown demand subcommand %q; %s", args[0], demandUsage)
	}
	return run(ctx, e, args[1:])
}

// demandCmd holds what every demand subcommand shares: configuration, the minimum group size and the conversation
// TTL that decides when a clarify counts as abandoned.
type demandCmd struct {
	c   config
	s   demandSettings
	k   int
	ttl time.Duration
	e   env
}

func newDemandCmd(e env, name string) (*flag.FlagSet, *demandCmd, error) {
	fs := newFlags(e, "demand "+name)
	d := &demandCmd{e: e}
	d.c.flags(e, fs)
	s, err := readDemandSettings(e)
	if err != nil {
		return nil, nil, err
	}
	d.s = s
	fs.DurationVar(&d.ttl, "conversation-ttl", demand.DefaultConversationTTL, "a clarifying question without an answer this long counts as abandoned")
	return fs, d, nil
}

func (d *demandCmd) kFlag(fs *flag.FlagSet) {
	fs.IntVar(&d.k, "k", d.s.minGroup, "minimum distinct entrepreneurs per published cell (env WEGWIJZER_MIN_GROUP)")
}

func (d *demandCmd) checkK() error {
	if d.k < 2 {
		return usagef("--k must be at least 2")
	}
	return nil
}

func (d *demandCmd) open() (*demandBackend, error) { return openDemandBackend(d.c, d.s) }

// openQuestions opens the demand log and reads the questions of a period; the caller closes the backend.
func (d *demandCmd) openQuestions(ctx context.Context, from, to time.Time) (*demandBackend, []wegwijzer.DemandEvent, error) {
	be, err := d.open()
	if err != nil {
		return nil, nil, err
	}
	qs, err := d.questions(ctx, be, from, to)
	if err != nil {
		be.close()
		return nil, nil, err
	}
	return be, qs, nil
}

func (d *demandCmd) questions(ctx context.Context, be *demandBackend, from, to time.Time) ([]wegwijzer.DemandEvent, error) {
	qs, err := demand.Questions(ctx, be.log, from, to, demand.ReadOptions{ConversationTTL: d.ttl, Now: demandNow()})
	if err != nil {
		return nil, fmt.Errorf("read the demand log (%s): %w", be.name, err)
	}
	return qs, nil
}

// period is a --from/--to pair: dates (YYYY-MM-DD), to inclusive.
type period struct{ from, to string }

func (p *period) flags(fs *flag.FlagSet, what string) {
	fs.StringVar(&p.from, "from", "", "first day "+what+" (YYYY-MM-DD; default: 12 weeks before --to)")
	fs.StringVar(&p.to, "to", "", "last day "+what+", inclusive (YYYY-MM-DD; default: today)")
}

// parse returns the period as [from, to) in UTC; defaultDays is its length when --from is not given.
func (p *period) parse(defaultDays int) (time.Time, time.Time, error) {
	today := demandNow().UTC().Truncate(24 * time.Hour)
	to := today.Add(24 * time.Hour)
	if p.to != "" {
		t, err := time.Parse(time.DateOnly, p.to)
		if err != nil {
			return time.Time{}, time.Time{}, usagef("--to %q: want a date like 2025-03-31", p.to)
		}
		to = t.Add(24 * time.Hour)
	}
	from := to.Add(-time.Duration(defaultDays) * 24 * time.Hour)
	if p.from != "" {
		t, err := time.Parse(time.DateOnly, p.from)
		if err != nil {
			return time.Time{}, time.Time{}, usagef("--from %q: want a date like 2025-01-01", p.from)
		}
		from = t
	}
	if !from.Before(to) {
		return time.Time{}, time.Time{}, usagef("--from must be before --to")
	}
	return from, to, nil
}

var reAgo = regexp.MustCompile(`^(\d+)([hdw])$`)

// parseSince reads --since: a date (2025-03-01) or an age (48h, 30d, 12w).
func parseSince(s string) (time.Time, error) {
	if m := reAgo.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		unit := map[string]time.Duration{"h": time.Hour, "d": 24 * time.Hour, "w": 7 * 24 * time.Hour}[m[2]]
		return demandNow().Add(-time.Duration(n) * unit), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usagef("--since %q: want a date (2025-03-01) or an age (48h, 30d, 12w)", s)
	}
	return t, nil
}

func day(t time.Time) string { return t.UTC().Format(time.DateOnly) }

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
	since := fs.String("since", strconv.Itoa(int(d.s.retention/(24*time.Hour)))+"d", "look for the item among questions from this date or age on")
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
	return tw.Flush()
}

func runDemandHandoff(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "handoff")
	if err != nil {
		return err
	}
	since := fs.String("since", strconv.Itoa(int(d.s.retention/(24*time.Hour)))+"d", "look for the request among those from this date or age on")
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
	var found []demand.Handoff
	for _, h := range demand.Handoffs(qs, "", nil) {
		if len(id) >= 4 && strings.HasPrefix(h.EventID, id) {
			found = append(found, h)
		}
	}
	switch len(found) {
	case 0:
		return fmt.Errorf("no hand-off %q since %s (see wegwijzer demand handoffs)", id, day(from))
	case 1:
	default:
		return usagef("%q matches %d hand-offs: give more of the id", id, len(found))
	}
	if err := be.review.SetHandoff(ctx, found[0].EventID, state); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Overdracht %s (%s): %s\n", found[0].ID, found[0].Community, stateLabels[state])
	return nil
}

// --- exports and reports -------------------------------------------------------------------------------------

func runDemandExport(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "export")
	if err != nil {
		return err
	}
	var p period
	p.flags(fs, "of the export")
	by := fs.String("by", "week,region,theme", "dimensions, in column order: "+dimensionList())
	format := fs.String("format", "csv", "csv or json")
	out := fs.String("out", "", "write to this file instead of standard output")
	d.kFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := d.checkK(); err != nil {
		return err
	}
	dims, err := demand.ParseDimensions(*by)
	if err != nil {
		return usagef("--by: %s", wegwijzer.ErrorMessage(err))
	}
	if *format != "csv" && *format != "json" {
		return usagef("--format %q: want csv or json", *format)
	}
	from, to, err := p.parse(12 * 7)
	if err != nil {
		return err
	}
	cat, err := loadCatalogue(d.c.contentDir)
	if err != nil {
		return err
	}
	be, qs, err := d.openQuestions(ctx, from, to)
	if err != nil {
		return err
	}
	defer be.close()
	tbl := demand.Export(qs, demand.ExportOptions{By: dims, K: d.k, Region: demand.ReportingRegion(cat.Geography), From: from, To: to})
	w, closeOut, err := output(e, *out)
	if err != nil {
		return err
	}
	if *format == "csv" {
		err = tbl.WriteCSV(w)
	} else {
		err = writeJSON(w, tbl)
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "export %s t/m %s: %d cellen gepubliceerd (afgerond op %d), %d onderdrukt (minder dan k=%d ondernemers, of terug te rekenen uit totalen), %d communities onder k weggelaten\n",
		day(from), day(to.Add(-time.Nanosecond)), tbl.Published(), tbl.Round, tbl.SuppressedCells, tbl.K, tbl.SuppressedCommunities)
	return nil
}

func dimensionList() string {
	var s []string
	for _, d := range demand.Dimensions() {
		s = append(s, string(d))
	}
	return strings.Join(s, ",")
}

// output returns standard output, or a new file (0600: an export is for the analyst who asked for it).
func output(e env, path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// reportCmd is the common part of whitespots, reach and emerging.
type reportCmd struct {
	*demandCmd
	p      period
	asJSON *bool
	low    *float64
}

// period checks k and reads --from/--to (default: the last days before today).
func (r *reportCmd) period(days int) (time.Time, time.Time, error) {
	if err := r.checkK(); err != nil {
		return time.Time{}, time.Time{}, err
	}
	return r.p.parse(days)
}

func newReportCmd(e env, name string) (*flag.FlagSet, *reportCmd, error) {
	fs, d, err := newDemandCmd(e, name)
	if err != nil {
		return nil, nil, err
	}
	r := &reportCmd{demandCmd: d}
	r.p.flags(fs, "of the period")
	r.asJSON = fs.Bool("json", false, "print JSON")
	r.low = fs.Float64("low-score", demand.DefaultLowScore, "an answer whose best offer scores below this counts as no good answer")
	d.kFlag(fs)
	return fs, r, nil
}

// load returns the catalogue, the questions of [from, to) and the report options.
func (r *reportCmd) load(ctx context.Context, from, to time.Time) (*content.Catalogue, []wegwijzer.DemandEvent, demand.ReportOptions, error) {
	cat, err := loadCatalogue(r.c.contentDir)
	if err != nil {
		return nil, nil, demand.ReportOptions{}, err
	}
	be, err := r.open()
	if err != nil {
		return nil, nil, demand.ReportOptions{}, err
	}
	defer be.close()
	qs, err := r.questions(ctx, be, from, to)
	if err != nil {
		return nil, nil, demand.ReportOptions{}, err
	}
	return cat, qs, demand.ReportOptions{K: r.k, LowScore: *r.low, Region: demand.ReportingRegion(cat.Geography)}, nil
}

func placeName(cat *content.Catalogue, id string) string {
	if p := cat.Geography.Place(id); p != nil {
		return p.Name
	}
	return id
}

func runDemandWhitespots(ctx context.Context, e env, args []string) error {
	fs, r, err := newReportCmd(e, "whitespots")
	if err != nil {
		return err
	}
	top := fs.Int("top", 25, "at most this many rows in the text output")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	from, to, err := r.period(12 * 7)
	if err != nil {
		return err
	}
	cat, qs, opts, err := r.load(ctx, from, to)
	if err != nil {
		return err
	}
	rep := demand.WhiteSpots(qs, cat, opts)
	if *r.asJSON {
		return writeJSON(e.stdout, map[string]any{"from": day(from), "to": day(to.Add(-time.Nanosecond)), "report": rep})
	}
	fmt.Fprintf(e.stdout, "Witte vlekken %s t/m %s (k=%d): thema x regio, meeste vragen zonder goed antwoord eerst\n", day(from), day(to.Add(-time.Nanosecond)), rep.K)
	fmt.Fprintf(e.stdout, "%d cellen onder k onderdrukt, %d communities onder k weggelaten\n\n", rep.SuppressedCells, rep.SuppressedCommunities)
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "thema\tregio\tvragen\tondernemers\tzonder goed antwoord\taandeel\taanbod in catalogus\t")
	for i, w := range rep.Rows {
		if i == *top {
			break
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.0f%%\t%d\t\n", w.Theme, placeName(cat, w.Region), w.Questions, w.Entrepreneurs, w.WithoutGoodAnswer, 100*w.Share, w.Offers)
	}
	return tw.Flush()
}

func runDemandReach(ctx context.Context, e env, args []string) error {
	fs, r, err := newReportCmd(e, "reach")
	if err != nil {
		return err
	}
	target := fs.Int("target", demand.ReachTarget, "entrepreneurs to reach per region (the action agenda: 2,500)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	from, to, err := r.period(12 * 7)
	if err != nil {
		return err
	}
	cat, qs, opts, err := r.load(ctx, from, to)
	if err != nil {
		return err
	}
	opts.Target = *target
	rep := demand.Reach(qs, opts)
	if *r.asJSON {
		return writeJSON(e.stdout, map[string]any{"from": day(from), "to": day(to.Add(-time.Nanosecond)), "report": rep})
	}
	fmt.Fprintf(e.stdout, "Bereik per regio %s t/m %s (k=%d, doel %d ondernemers per regio)\n", day(from), day(to.Add(-time.Nanosecond)), rep.K, opts.Target)
	fmt.Fprintf(e.stdout, "%d regio's onder k onderdrukt, %d communities onder k weggelaten\n\n", rep.SuppressedRegions, rep.SuppressedCommunities)
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "regio\tondernemers\tvragen\tvan doel\t")
	for _, row := range rep.Rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f%%\t\n", placeName(cat, row.Region), row.Entrepreneurs, row.Questions, 100*row.Share)
	}
	return tw.Flush()
}

func runDemandEmerging(ctx context.Context, e env, args []string) error {
	fs, r, err := newReportCmd(e, "emerging")
	if err != nil {
		return err
	}
	top := fs.Int("top", 20, "at most this many words")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	from, to, err := r.period(28)
	if err != nil {
		return err
	}
	prevFrom := from.Add(-to.Sub(from))
	_, qs, opts, err := r.load(ctx, prevFrom, to)
	if err != nil {
		return err
	}
	var cur, prev []wegwijzer.DemandEvent
	for _, q := range qs {
		if q.Time.Before(from) {
			prev = append(prev, q)
		} else {
			cur = append(cur, q)
		}
	}
	opts.Top = *top
	rep := demand.Emerging(cur, prev, opts)
	if *r.asJSON {
		return writeJSON(e.stdout, map[string]any{"from": day(from), "to": day(to.Add(-time.Nanosecond)),
			"previous_from": day(prevFrom), "previous_to": day(from.Add(-time.Nanosecond)), "report": rep})
	}
	fmt.Fprintf(e.stdout, "Opkomende woorden in vragen zonder goed antwoord: %s t/m %s tegen %s t/m %s (k=%d)\n\n",
		day(from), day(to.Add(-time.Nanosecond)), day(prevFrom), day(from.Add(-time.Nanosecond)), rep.K)
	if len(rep.Terms) == 0 {
		fmt.Fprintln(e.stdout, "Geen woord dat door minstens k ondernemers vaker werd gebruikt dan in de vorige periode.")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "woord\tondernemers\tvorige periode\tvragen\t")
	for _, t := range rep.Terms {
		prev := fmt.Sprintf("<%d", rep.K)
		if t.Previous != nil {
			prev = strconv.Itoa(*t.Previous)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t\n", t.Word, t.Entrepreneurs, prev, t.Questions)
	}
	return tw.Flush()
}

func runDemandRetention(ctx context.Context, e env, args []string) error {
	fs, d, err := newDemandCmd(e, "retention")
	if err != nil {
		return err
	}
	if _, err := parse(fs, args); err != nil {
		return err
	}
	be, err := d.open()
	if err != nil {
		return err
	}
	defer be.close()
	before := demandNow().Add(-d.s.retention)
	n, err := be.log.ExpireText(ctx, before)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Retentie: tekst van %d vragen van voor %s verwijderd; de tellingen blijven.\n", n, day(before))
	return nil
}
