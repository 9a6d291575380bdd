// Package demand turns every turn of the dialogue into a latent-demand event and makes the log of them useful
// without exposing a person: the Recorder scrubs and pseudonymises each turn and appends it to a
// wegwijzer.DemandLog (spooling locally while the log is unreachable); Questions reads the log back as questions
// with their final outcome; Review, Handoffs, Export and the reports (WhiteSpots, Reach, Emerging) build on that,
// the exports and reports under a minimum group size k.
package demand

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// Defaults.
const (
	DefaultRetention       = 90 * 24 * time.Hour // scrubbed text is kept this long
	DefaultMinGroup        = 10                  // k: the smallest group of entrepreneurs an export may show
	DefaultConversationTTL = 24 * time.Hour      // a clarify without a follow-up this long is abandoned
	DefaultLowScore        = 0.2                 // an answer whose best offer scores below this is not a good one
	MaxTextRunes           = 500                 // stored question text is cut to this length
)

// Options configure a Recorder. Pseudonyms is required; the zero value of the rest is the default.
type Options struct {
	Pseudonyms   *Pseudonymizer
	Retention    time.Duration // text older than this is dropped; 0 = 90 days
	Spool        *Spool        // where events wait while the log is unreachable; nil = they are lost (logged)
	StoreTimeout time.Duration // per Append while the log is healthy; 0 = 2 s
	ReplayEvery  time.Duration // how often Run retries the spool; 0 = 5 s
	SweepEvery   time.Duration // how often Run applies the retention; 0 = 1 h
	Now          func() time.Time
	Logger       *slog.Logger
	// Scrub replaces personal data in question texts; nil = scrub.Text (names after cues only). The service
	// passes Scrubber(catalogue).Text, which finds names by their shape too.
	Scrub func(text string) string
}

// Recorder turns dialogue turns into demand events. It is safe for concurrent use. Its methods Record and Erase
// have the signatures of the engine's hooks (bot.Hooks).
type Recorder struct {
	log  wegwijzer.DemandLog
	opts Options

	degraded atomic.Bool // the log failed: events go to the spool until a replay succeeds
	closed   atomic.Bool
	runMu    sync.Mutex
}

// NewRecorder returns a recorder that appends to log. It starts nothing; call Run for the spool replay and the
// retention sweep.
func NewRecorder(log wegwijzer.DemandLog, opts Options) (*Recorder, error) {
	if opts.Pseudonyms == nil {
		return nil, fmt.Errorf("demand: recorder needs a pseudonym key")
	}
	if opts.Retention <= 0 {
		opts.Retention = DefaultRetention
	}
	if opts.StoreTimeout <= 0 {
		opts.StoreTimeout = 2 * time.Second
	}
	if opts.ReplayEvery <= 0 {
		opts.ReplayEvery = 5 * time.Second
	}
	if opts.SweepEvery <= 0 {
		opts.SweepEvery = time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Scrub == nil {
		opts.Scrub = scrub.Text
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Recorder{log: log, opts: opts}, nil
}

// Event returns the demand event of a turn: scrubbed, pseudonymised, with its outcome. It stores nothing.
func (r *Recorder) Event(t wegwijzer.TurnRecord) wegwijzer.DemandEvent {
	m := t.Message
	conv := t.Conversation
	if conv == nil {
		conv = &wegwijzer.Conversation{ID: m.Conversation, User: m.User, Community: m.Community, Platform: m.Platform}
	}
	tm := t.Time
	if tm.IsZero() {
		tm = m.Time
	}
	if tm.IsZero() {
		tm = r.opts.Now()
	}
	ps := r.opts.Pseudonyms
	ev := wegwijzer.DemandEvent{
		ID:           ps.EventID(conv.ID, conv.Messages, tm),
		Time:         tm.UTC(),
		Community:    firstNonEmpty(conv.Community, m.Community, "default"),
		Platform:     firstNonEmpty(m.Platform, conv.Platform),
		Region:       t.Region,
		Themes:       t.Themes,
		Sector:       t.Sector,
		Size:         conv.Slots["size"],
		Phase:        t.Phase,
		Outcome:      wegwijzer.OutcomeInfo,
		BestScore:    t.BestScore,
		Unsure:       t.Unsure,
		Gap:          t.Gap,
		Conversation: ps.Conversation(conv.ID),
	}
	if ev.Sector == "-" {
		ev.Sector = ""
	}
	if user := firstNonEmpty(m.User, conv.User); user != "" { // the person who spoke, not the thread's starter
		ev.Person = ps.Person(user)
	} else {
		// No user id (a web chat without login): the conversation stands in for the person.
		ev.Person = ps.Person("conversation:" + conv.ID)
	}
	if t.Reply != nil {
		ev.Language = t.Reply.Language
		for _, o := range t.Reply.Offers {
			ev.Offers = append(ev.Offers, o.ID)
		}
		switch t.Reply.Kind {
		case wegwijzer.ReplyAnswer:
			ev.Outcome = wegwijzer.OutcomeAnswered
		case wegwijzer.ReplyClarify:
			ev.Outcome = wegwijzer.OutcomeClarify
		case wegwijzer.ReplyNoMatch:
			ev.Outcome = wegwijzer.OutcomeNoMatch
		case wegwijzer.ReplyHandoff:
			ev.Outcome = wegwijzer.OutcomeHandoff
		}
	}
	if t.Handoff {
		ev.Outcome = wegwijzer.OutcomeHandoff
	}
	if t.Repeat && ev.Outcome != wegwijzer.OutcomeHandoff {
		// The last answer said again in the other language: the question was counted when it was answered.
		ev.Outcome = wegwijzer.OutcomeInfo
	}
	if ev.Language == "" {
		ev.Language = conv.Language
	}
	switch t.Feedback {
	case "yes":
		ev.Feedback = wegwijzer.FeedbackHelped
	case "no":
		ev.Feedback = wegwijzer.FeedbackNotHelped
	}
	// The question is what the dialogue has collected so far (a pressed button has no text of its own); a turn
	// that is not a question keeps its own words.
	text := m.Text
	if q := conv.Slots["query"]; q != "" && (ev.Outcome != wegwijzer.OutcomeInfo || ev.Feedback != "") {
		text = q
	}
	ev.Text = clip(r.opts.Scrub(text), MaxTextRunes)
	if ev.Outcome == wegwijzer.OutcomeHandoff && t.HandoffNote != nil {
		ev.Handoff = r.handoffNote(t.HandoffNote)
		ev.HandoffRef = ps.HandoffRef(conv.ID)
	}
	return ev
}

// handoffNote is the summary a hand-off event keeps: scrubbed again with the recorder's scrubber (it finds
// names by their shape too), cut to length, and never the way to reach the person.
func (r *Recorder) handoffNote(n *wegwijzer.HandoffNote) *wegwijzer.HandoffNote {
	out := &wegwijzer.HandoffNote{Theme: n.Theme, Shown: n.Shown,
		Words: clip(r.opts.Scrub(n.Words), MaxTextRunes), NotHelped: clip(r.opts.Scrub(n.NotHelped), MaxTextRunes)}
	for k, v := range n.Slots {
		if out.Slots == nil {
			out.Slots = map[string]string{}
		}
		out.Slots[k] = v
	}
	return out
}

// Record stores the event of a turn: in the log, or in the spool while the log is unreachable. It never fails the
// turn; what goes wrong is logged, without the text. Its signature is that of bot.Hooks.Turn.
func (r *Recorder) Record(ctx context.Context, t wegwijzer.TurnRecord) {
	r.record(ctx, r.Event(t))
}

// record stores events in one append (one write of the log for all of them), or in the spool.
func (r *Recorder) record(ctx context.Context, evs ...wegwijzer.DemandEvent) {
	if len(evs) == 0 {
		return
	}
	if !r.degraded.Load() {
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), r.opts.StoreTimeout)
		err := r.log.Append(actx, evs...)
		cancel()
		if err == nil {
			return
		}
		if !r.degraded.Swap(true) {
			r.opts.Logger.WarnContext(ctx, "demand log unreachable; spooling events locally", "err", err)
		}
	}
	for _, ev := range evs {
		if r.opts.Spool == nil {
			r.opts.Logger.ErrorContext(ctx, "demand event lost: log unreachable and no spool", "event", ev.ID)
			continue
		}
		if err := r.opts.Spool.Add(ev); err != nil {
			r.opts.Logger.ErrorContext(ctx, "demand event lost: spool failed", "event", ev.ID, "err", err)
		}
	}
}

// Erase deletes every event of the user, in the log and in the spool, under the current and the previous
// pseudonym keys, and returns how many it deleted. Its signature is that of bot.Hooks.Erase.
func (r *Recorder) Erase(ctx context.Context, user string) (int, error) {
	persons := r.opts.Pseudonyms.Persons(user)
	n := 0
	if r.opts.Spool != nil {
		// First the spool (this waits for a running replay), so that nothing of theirs reaches the log later.
		k, err := r.opts.Spool.Erase(persons...)
		if err != nil {
			return 0, err
		}
		n += k
	}
	for _, p := range persons {
		k, err := r.log.ErasePerson(ctx, p)
		if err != nil {
			return n, fmt.Errorf("demand: erase: %w", err)
		}
		n += k
	}
	return n, nil
}

// Replay delivers the spooled events to the log and reports how many it delivered. When it succeeds the recorder
// writes to the log directly again. Text older than the retention is dropped on the way.
func (r *Recorder) Replay(ctx context.Context) (int, error) {
	if r.opts.Spool == nil {
		r.degraded.Store(false)
		return 0, nil
	}
	cutoff := r.opts.Now().Add(-r.opts.Retention)
	n, err := r.opts.Spool.Drain(200, func(evs []wegwijzer.DemandEvent) error {
		for i := range evs {
			if evs[i].Time.Before(cutoff) {
				evs[i].DetachText() // the question, the hand-off's words and its reference
			}
		}
		actx, cancel := context.WithTimeout(ctx, 5*r.opts.StoreTimeout)
		defer cancel()
		return r.log.Append(actx, evs...)
	})
	if err != nil {
		return 0, fmt.Errorf("demand: replay spool: %w", err)
	}
	if r.degraded.Swap(false) || n > 0 {
		r.opts.Logger.InfoContext(ctx, "demand log reachable again; spool replayed", "events", n)
	}
	return n, nil
}

// Sweep applies the retention: the text of events older than it is dropped, the events stay.
func (r *Recorder) Sweep(ctx context.Context) (int, error) {
	n, err := r.log.ExpireText(ctx, r.opts.Now().Add(-r.opts.Retention))
	if err != nil {
		return 0, fmt.Errorf("demand: retention: %w", err)
	}
	return n, nil
}

// Run replays the spool every ReplayEvery and sweeps every SweepEvery until ctx ends. Only one Run works at a
// time.
func (r *Recorder) Run(ctx context.Context) {
	r.runMu.Lock()
	defer r.runMu.Unlock()
	replay := time.NewTicker(r.opts.ReplayEvery)
	defer replay.Stop()
	sweep := time.NewTicker(r.opts.SweepEvery)
	defer sweep.Stop()
	r.replayIfNeeded(ctx)
	r.sweep(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-replay.C:
			r.replayIfNeeded(ctx)
		case <-sweep.C:
			r.sweep(ctx)
		}
	}
}

func (r *Recorder) replayIfNeeded(ctx context.Context) {
	if r.opts.Spool == nil {
		return
	}
	if n, err := r.opts.Spool.Len(); err != nil || (n == 0 && !r.degraded.Load()) {
		return
	}
	if _, err := r.Replay(ctx); err != nil && ctx.Err() == nil {
		r.opts.Logger.DebugContext(ctx, "demand log still unreachable", "err", err)
	}
}

func (r *Recorder) sweep(ctx context.Context) {
	if r.degraded.Load() {
		return
	}
	if n, err := r.Sweep(ctx); err != nil {
		r.opts.Logger.WarnContext(ctx, "demand retention sweep failed", "err", err)
	} else if n > 0 {
		r.opts.Logger.InfoContext(ctx, "demand retention: dropped old question texts", "texts", n)
	}
}

// Degraded reports whether the recorder is spooling because the log failed.
func (r *Recorder) Degraded() bool { return r.degraded.Load() }

// Close makes a last attempt to replay the spool and closes it. The log is the caller's to close.
func (r *Recorder) Close(ctx context.Context) error {
	if r.closed.Swap(true) || r.opts.Spool == nil {
		return nil
	}
	if n, _ := r.opts.Spool.Len(); n > 0 {
		if _, err := r.Replay(ctx); err != nil {
			r.opts.Logger.WarnContext(ctx, "demand events stay in the spool for the next start", "file", r.opts.Spool.Path(), "err", err)
		}
	}
	return r.opts.Spool.Close()
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// clip cuts s to at most n runes, on a word boundary when one is near.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)[:n]
	cut := string(runes)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return cut + "…"
}
