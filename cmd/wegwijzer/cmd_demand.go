package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
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

// sinceRetention adds --since with the text retention as its default: what a command can still find.
func (d *demandCmd) sinceRetention(fs *flag.FlagSet, usage string) *string {
	return fs.String("since", strconv.Itoa(int(d.s.retention/(24*time.Hour)))+"d", usage)
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
	from, to, err := demand.ParsePeriod(p.from, p.to, defaultDays, demandNow())
	if err != nil {
		return time.Time{}, time.Time{}, usagef("%s", wegwijzer.ErrorMessage(err))
	}
	return from, to, nil
}

// parseSince reads --since: a date (2025-03-01) or an age (48h, 30d, 12w).
func parseSince(s string) (time.Time, error) {
	t, err := demand.ParseSince(s, demandNow())
	if err != nil {
		return time.Time{}, usagef("%s", wegwijzer.ErrorMessage(err))
	}
	return t, nil
}

func day(t time.Time) string { return t.UTC().Format(time.DateOnly) }
