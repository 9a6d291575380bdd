package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	mrand "math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// States of a conversation.
const (
	StateNew      = "new"
	StateClarify  = "clarify"
	StateAnswered = "answered"
	StateHandoff  = "handoff"
)

// transitions is the dialogue's state machine: for each state, the states a turn may lead to. step checks every
// move against it, so a new path through the dialogue must be added here first.
var transitions = map[string][]string{
	StateNew:      {StateNew, StateClarify, StateAnswered, StateHandoff},
	StateClarify:  {StateNew, StateClarify, StateAnswered, StateHandoff},
	StateAnswered: {StateNew, StateClarify, StateAnswered, StateHandoff},
	StateHandoff:  {StateHandoff, StateNew},
}

// Slots of a conversation.
const (
	slotQuery  = "query"
	slotTheme  = "theme"
	slotTopic  = "topic"
	slotSector = "sector"
	slotRegion = "region"
	slotSize   = "size" // company size class: zzp, micro, klein, middelgroot, groot ("-" = skipped)
	// slotLegalForm is the legal-form class: ib (eenmanszaak, vof, ...) or rechtspersoon (bv, nv) ("-" = skipped).
	slotLegalForm = "legal_form"
)

// askerSlots are what the dialogue knows about the asker rather than the question: kept when a new question starts,
// and skippable ("-") when asked.
var askerSlots = []string{slotRegion, slotSector, slotSize, slotLegalForm}

const (
	slotBroad = "broad" // "yes" when the question named no more than a theme
)

// Limits.
const (
	// MaxTextRunes is the longest message the dialogue reads. A longer one is read as its asking sentences when
	// they fit (shortenLong); else it gets a request to shorten it that says how long it is and may be.
	MaxTextRunes = 4000
	maxQuestions = 3
	maxOffers    = 5
	// maxUnsureOffers is the most offers a reply shows when the search is not sure they fit (Unsure).
	maxUnsureOffers = 3
	searchTop       = maxOffers + 3 // results a turn's search asks for: a few more than shown, for the filters after it
	maxEventIDs     = 32            // recent platform event ids kept for de-duplication
	maxSaveTries    = 40
	// cleanTextsMax bounds the texts the store seam remembers as scrubbed (each at most MaxTextRunes).
	cleanTextsMax = 8192
	// altSearchesKept bounds the searches for alternatives to closed schemes kept (closed schemes x regions, sectors
	// and sizes asked about).
	altSearchesKept = 4096
	defaultTTL      = 24 * time.Hour
	defaultTimout   = 2 * time.Second
)

// Hooks receive what happens in the dialogue. Every field is optional.
type Hooks struct {
	// Turn is called after each turn that was saved.
	Turn func(ctx context.Context, t wegwijzer.TurnRecord)
	// Erase is called when a person asks to be forgotten, after their conversations are deleted; it erases
	// everything else kept about them (demand records) and reports how many records it removed.
	Erase func(ctx context.Context, user string) (int, error)
}

// Options configure an Engine. The zero value is the default.
type Options struct {
	TTL          time.Duration // conversations expire after this much inactivity; 0 = 24 h
	StoreTimeout time.Duration // per store call; 0 = 2 s
	Hooks        Hooks
	Privacy      Privacy // what the conversation store may see; the zero value scrubs and pseudonymises
	Now          func() time.Time
}

// Engine runs dialogues. It is safe for concurrent use; several engines may share one store.
type Engine struct {
	know    atomic.Pointer[knowledge] // what the bot knows; Reload swaps it while turns run
	store   privateStore
	log     *slog.Logger
	opts    Options
	stripes [256]sync.Mutex // serialise the turns of one conversation within this process
}

// knowledge is a catalogue with the searcher built on it; the two are swapped together.
type knowledge struct {
	cat    *content.Catalogue
	search wegwijzer.Searcher
	names  offerNameIndex // the offers by the names people use for them (understand.go)
	alts   *searchCache   // the searches for what to use instead of a closed scheme (status.go)
}

func newKnowledge(cat *content.Catalogue, search wegwijzer.Searcher) *knowledge {
	return &knowledge{cat: cat, search: search, names: indexOfferNames(cat), alts: newSearchCache(altSearchesKept)}
}

// Reload makes the engine use another catalogue and its searcher from the next turn on; a turn that runs keeps
// the ones it started with. Safe for concurrent use.
func (e *Engine) Reload(cat *content.Catalogue, search wegwijzer.Searcher) {
	e.know.Store(newKnowledge(cat, search))
}

func stripe(conversation string) uint8 {
	h := fnv.New32a()
	h.Write([]byte(conversation))
	return uint8(h.Sum32())
}

// backoff is the pause before the next try after a lost compare-and-swap: growing, with jitter, at most 50 ms.
func backoff(try int) time.Duration {
	limit := min(time.Millisecond<<min(try, 6), 50*time.Millisecond)
	return time.Duration(mrand.Int64N(int64(limit))) + time.Millisecond
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// New returns an engine.
func New(cat *content.Catalogue, search wegwijzer.Searcher, store wegwijzer.ConversationStore, log *slog.Logger, opts Options) *Engine {
	if opts.TTL <= 0 {
		opts.TTL = defaultTTL
	}
	if opts.StoreTimeout <= 0 {
		opts.StoreTimeout = defaultTimout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// The one privacy seam: the store sees pseudonymous users and scrubbed texts only (see private.go).
	e := &Engine{store: privateStore{ConversationStore: store, p: opts.Privacy.withDefaults(), clean: newCleanTexts(cleanTextsMax)}, log: log, opts: opts}
	e.know.Store(newKnowledge(cat, search))
	return e
}

// NewConversationID returns a random conversation id.
func NewConversationID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Handle runs one turn. It always returns a reply that can be shown to the person, also together with an error:
// with wegwijzer.ErrDuplicate the reply is the one given before, with other errors it is a polite "try again later" (the
// error has been logged).
func (e *Engine) Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error) {
	if m.Conversation == "" {
		m.Conversation = NewConversationID()
	}
	if m.Time.IsZero() {
		m.Time = e.opts.Now()
	}
	m.Text = strings.TrimSpace(cleanInput(m.Text))
	// The language of a reply the dialogue does not make itself (too long, empty, failed), read only for one.
	k, text := e.know.Load(), m.Text
	replyLang := func() lang {
		l, _ := detectLanguage(k.names.withoutNames(text))
		return l
	}
	var shortened func(*wegwijzer.Reply)
	if n := utf8.RuneCountInString(m.Text); n > MaxTextRunes {
		short, kept, of, ok := shortenLong(m.Text)
		if !ok {
			l := replyLang()
			return e.info(m.Conversation, l, fmt.Sprintf(texts.tooLong.in(l), number(l, n), number(l, MaxTextRunes))), nil
		}
		m.Text = short
		shortened = func(r *wegwijzer.Reply) {
			l := lang(r.Language)
			r.Text = fmt.Sprintf(texts.shortened.in(l), number(l, n), kept, of) + "\n\n" + r.Text
		}
	}
	if m.Text == "" && m.Option == "" {
		return e.infoIn(m.Conversation, replyLang, texts.empty), nil
	}
	if m.Option != "" && !validOption(k.cat, m.Option) {
		return e.infoIn(m.Conversation, replyLang, texts.help), wegwijzer.Errorf(wegwijzer.EINVALID, "unknown option value %q", m.Option)
	}
	reply, rec, err := e.serialised(ctx, m, replyLang)
	if shortened != nil && err == nil {
		shortened(reply)
	}
	// The demand log and other hooks run after the conversation is released: a slow log must not hold up the
	// next message of this conversation (or of another one on the same lock).
	if err == nil && rec != nil && e.opts.Hooks.Turn != nil {
		e.opts.Hooks.Turn(ctx, *rec)
	}
	return reply, err
}

// serialised runs the turn while holding the conversation's lock. Turns of one conversation take turns within
// this process; between replicas the store's version check decides, and the loser redoes its turn on the
// winner's state after a short random pause.
func (e *Engine) serialised(ctx context.Context, m wegwijzer.Message, replyLang func() lang) (*wegwijzer.Reply, *wegwijzer.TurnRecord, error) {
	mu := &e.stripes[stripe(m.Conversation)]
	mu.Lock()
	defer mu.Unlock()
	for try := range maxSaveTries {
		reply, rec, err := e.turn(ctx, m)
		if wegwijzer.ErrorCode(err) == wegwijzer.ECONFLICT {
			if err := sleep(ctx, backoff(try)); err != nil {
				return e.infoIn(m.Conversation, replyLang, texts.unavailable), nil, fmt.Errorf("bot: turn of %s: %w", m.Conversation, err)
			}
			continue
		}
		if errors.Is(err, wegwijzer.ErrDuplicate) {
			return reply, nil, err
		}
		if err != nil {
			e.log.ErrorContext(ctx, "turn failed", "conversation", m.Conversation, "err", err)
			return e.infoIn(m.Conversation, replyLang, texts.unavailable), nil,
				fmt.Errorf("bot: turn failed: %w: %w", wegwijzer.Errorf(wegwijzer.EUNAVAIL, "the conversation store is not available"), err)
		}
		return reply, rec, nil
	}
	err := wegwijzer.Errorf(wegwijzer.ECONFLICT, "conversation %s: too many concurrent updates", m.Conversation)
	e.log.ErrorContext(ctx, "turn failed", "conversation", m.Conversation, "err", err)
	return e.infoIn(m.Conversation, replyLang, texts.unavailable), nil, err
}

func (e *Engine) storeCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, e.opts.StoreTimeout)
}

// turn loads the conversation, steps the dialogue and saves it with compare-and-swap.
func (e *Engine) turn(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, *wegwijzer.TurnRecord, error) {
	// The message is read before the conversation is loaded, on this goroutine. Reading it beside the load on
	// another one saved nothing once the load mostly comes from this replica's copy (LoadForUpdate), and the
	// hand-over between goroutines cost a fifth of a turn on a busy machine (BENCHMARKS.md).
	k := e.know.Load()
	r := readText(k.names, m.Text)
	sctx, cancel := e.storeCtx(ctx)
	conv, err := e.store.LoadForUpdate(sctx, m.Conversation)
	cancel()
	switch {
	case wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND:
		conv = &wegwijzer.Conversation{ID: m.Conversation, User: m.User, Community: m.Community, Platform: m.Platform, State: StateNew}
	case err != nil:
		return nil, nil, fmt.Errorf("load conversation: %w", err)
	}
	if conv.Slots == nil {
		conv.Slots = map[string]string{}
	}
	if m.EventID != "" {
		if i := slices.Index(conv.EventIDs, m.EventID); i >= 0 {
			// The reply given before, when it is the last one; for an older event it is gone (the conversation
			// keeps one reply), and the caller gets an empty info reply to not send.
			r, err := e.lastReply(ctx, conv, m.EventID)
			if err != nil {
				return nil, nil, fmt.Errorf("load the last reply: %w", err)
			}
			if r == nil {
				r = &wegwijzer.Reply{Conversation: conv.ID, Kind: wegwijzer.ReplyInfo, Offers: []wegwijzer.OfferRef{}, Options: []wegwijzer.Option{}}
			}
			return r, nil, wegwijzer.ErrDuplicate
		}
	}
	if conv.User == "" {
		conv.User = m.User
	}
	if conv.Community == "" {
		conv.Community = m.Community
	}
	from := conv.State
	t := &turnState{e: e, cat: k.cat, search: k.search, names: k.names, alts: k.alts, conv: conv, msg: m, read: r, rec: &wegwijzer.TurnRecord{Time: m.Time, Message: m}}
	reply, err := t.step(ctx)
	if err != nil {
		return nil, nil, err
	}
	if !slices.Contains(transitions[from], conv.State) {
		return nil, nil, fmt.Errorf("bot: no transition from %s to %s", from, conv.State)
	}
	reply.Conversation = conv.ID
	t.deliverManagerReplies(reply)
	if t.erased {
		reply.Erased = true    // clients forget what they show of this person too
		return reply, nil, nil // nothing of this person is saved again
	}
	conv.Messages++
	conv.Updated = m.Time
	if m.EventID != "" {
		conv.EventIDs = append(conv.EventIDs, m.EventID)
		if len(conv.EventIDs) > maxEventIDs {
			conv.EventIDs = conv.EventIDs[len(conv.EventIDs)-maxEventIDs:]
		}
	}
	// The reply is kept only when it answered a platform event: it is read to answer that event again when the
	// platform delivers it twice, and to share it (Slack). A turn without an event id (web chat, terminal) keeps
	// no copy of what it said.
	conv.LastReply, conv.LastEvent = nil, m.EventID
	if m.EventID != "" {
		conv.LastReply = reply
	}
	sctx, cancel = e.storeCtx(ctx)
	loaded := conv.Version
	err = e.store.Save(sctx, conv, e.opts.TTL)
	cancel()
	if err != nil {
		if wegwijzer.ErrorCode(err) == wegwijzer.ECONFLICT {
			return nil, nil, err
		}
		// A save that timed out may have been written all the same: then this turn happened, and the person
		// must get its reply (a "try again" would make them send it twice). See save.go.
		if !e.savedAnyway(ctx, conv, loaded) {
			return nil, nil, fmt.Errorf("save conversation: %w", err)
		}
		conv.Version = loaded + 1
	}
	t.rec.Conversation = conv
	t.rec.Reply = reply
	return reply, t.rec, nil
}

// lastReply returns the reply the conversation gave to event, or nil when its last reply answered another one. A
// conversation loaded for a turn may come without its last reply: then it is loaded whole.
func (e *Engine) lastReply(ctx context.Context, conv *wegwijzer.Conversation, event string) (*wegwijzer.Reply, error) {
	if conv.LastEvent != event || conv.LastReply != nil {
		return conv.LastReply, nil
	}
	sctx, cancel := e.storeCtx(ctx)
	defer cancel()
	whole, err := e.store.Load(sctx, conv.ID)
	if err != nil {
		return nil, err
	}
	if whole.LastEvent != event {
		return nil, nil
	}
	return whole.LastReply, nil
}

func (e *Engine) info(conv string, l lang, text string) *wegwijzer.Reply {
	return &wegwijzer.Reply{Conversation: conv, Kind: wegwijzer.ReplyInfo, Text: text, Offers: []wegwijzer.OfferRef{}, Options: []wegwijzer.Option{}, Language: string(l)}
}

// infoIn is an info reply in the language replyLang reads.
func (e *Engine) infoIn(conv string, replyLang func() lang, text msg) *wegwijzer.Reply {
	l := replyLang()
	return e.info(conv, l, text.in(l))
}
