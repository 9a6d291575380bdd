package wegwijzer

import (
	"context"
	"time"
)

// Message is one thing an entrepreneur said or pressed, from any channel.
type Message struct {
	Conversation string    // conversation id, stable per thread or chat
	User         string    // platform user id; pseudonymised before anything is logged
	Community    string    // community id ("" = the default community)
	Platform     string    // slack, discord, web, cli
	Text         string    // free text; may be empty when Option is set
	Option       string    // value of a pressed button
	EventID      string    // platform event id, for idempotency ("" = none)
	Time         time.Time // when it was sent; zero = now
}

// ReplyKind says what sort of reply the bot gives.
type ReplyKind string

// Reply kinds, as in the ask --json contract.
const (
	ReplyClarify ReplyKind = "clarify"
	ReplyAnswer  ReplyKind = "answer"
	ReplyNoMatch ReplyKind = "no_match"
	ReplyHandoff ReplyKind = "handoff"
	ReplyInfo    ReplyKind = "info"
)

// Reply is the bot's platform-neutral answer; adapters render it.
type Reply struct {
	Conversation string     `json:"conversation"`
	Kind         ReplyKind  `json:"kind"`
	Text         string     `json:"text"`
	Offers       []OfferRef `json:"offers"`
	Options      []Option   `json:"options"`
	NextStep     string     `json:"next_step,omitempty"`
	Language     string     `json:"language,omitempty"`
	// Erased is true on the reply to "vergeet mij": the person's conversations are gone, and a client that keeps
	// a copy of the conversation (the web chat in the browser tab) drops it too.
	Erased bool `json:"erased,omitempty"`
}

// OfferRef is an offer as a reply shows it.
type OfferRef struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Provider string `json:"provider"`
	URL      string `json:"url"`
	Kind     Kind   `json:"kind,omitempty"`
	Group    Group  `json:"group,omitempty"`
	Why      string `json:"why,omitempty"`
	Status   Status `json:"status,omitempty"`
	// Pitch says in one line what you get, in the reply's language.
	Pitch string `json:"pitch"`
	// Fit says why the offer fits this person ("Voor je vraag over energie besparen · in Overijssel"), or,
	// starting with "Bijna:"/"Almost:", the one condition that blocks it.
	Fit string `json:"fit"`
	// StatusText is the status in words on the day of the reply: open, runs in rounds (last and next known
	// round), closed since ... (and what to use instead).
	StatusText string `json:"status_text"`
}

// Option is a button: a label to show and a value to send back.
type Option struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Conversation is the state of one dialogue.
type Conversation struct {
	ID        string            `json:"id"`
	User      string            `json:"user"`
	Community string            `json:"community"`
	Platform  string            `json:"platform"`
	State     string            `json:"state"`
	Slots     map[string]string `json:"slots,omitempty"`
	Asked     []string          `json:"asked,omitempty"` // slots asked for since the last answer
	Language  string            `json:"language,omitempty"`
	Messages  int               `json:"messages"`            // messages handled, all time
	EventIDs  []string          `json:"event_ids,omitempty"` // recent platform events handled, for de-duplication
	LastReply *Reply            `json:"last_reply,omitempty"`
	LastEvent string            `json:"last_event,omitempty"` // the platform event LastReply answered
	Handoff   string            `json:"handoff,omitempty"`    // hand-off state: open, taken, done
	// HandoffNote is what the community manager gets with an open hand-off; "vergeet mij" erases it with the
	// conversation.
	HandoffNote *HandoffNote `json:"handoff_note,omitempty"`
	// HandoffReplies are what a community manager answered from the dashboard, waiting for the person's next
	// turn (which shows them and drops them). Kept with the conversation only: erased and expired with it.
	HandoffReplies []HandoffReply `json:"handoff_replies,omitempty"`
	Version        int64          `json:"version"` // set by the store; compare-and-swap token
	Updated        time.Time      `json:"updated"`
}

// ConversationStore keeps conversation state and idempotency marks. Implementations are safe for concurrent use
// by several processes sharing one backend.
type ConversationStore interface {
	// Load returns the conversation, or an *Error with code ENOTFOUND when there is none (or it expired).
	Load(ctx context.Context, id string) (*Conversation, error)
	// Save stores c if the stored version still equals c.Version (0 = must not exist yet), sets c.Version to
	// the new version, and expires it after ttl of inactivity. On a version mismatch it returns an *Error
	// with code ECONFLICT and stores nothing.
	Save(ctx context.Context, c *Conversation, ttl time.Duration) error
	// Delete removes a conversation; deleting one that does not exist is not an error.
	Delete(ctx context.Context, id string) error
	// MarkSeen records an event key for ttl and reports whether this call was the first to record it.
	MarkSeen(ctx context.Context, key string, ttl time.Duration) (first bool, err error)
	// EraseUser deletes every conversation of the user and returns how many there were.
	EraseUser(ctx context.Context, user string) (int, error)
}

// StateLoader is a ConversationStore that can load a conversation without its last reply. The last reply is
// most of a stored conversation, and a turn reads it only when a platform delivers an event again (the turn
// replaces it in any case), so the dialogue engine loads the state alone when the store can.
type StateLoader interface {
	// LoadState is Load, except that the conversation's LastReply may be left nil.
	LoadState(ctx context.Context, id string) (*Conversation, error)
}

// TurnRecord is what the dialogue engine reports about each turn, for the demand log. It carries the raw message
// as the platform gave it; the receiver must scrub and pseudonymise before anything is stored or logged.
type TurnRecord struct {
	Time         time.Time
	Message      Message
	Conversation *Conversation
	Reply        *Reply
	Region       string   // region id of the asker, when known
	Sector       string   // sector id, when known ("-" = skipped)
	Themes       []string // theme ids of the question
	Phase        Phase    // customer journey phase of the question
	BestScore    float64  // score of the best offer found (0 = none)
	Unsure       bool     // the answer said it was not sure its offers fit (SearchResult.Unsure)
	Gap          string   // id of the known gap the no-match reply named (wegwijzer.Answer.Gap), or ""
	Feedback     string   // "yes", "no" or "" (this turn was feedback on the previous answer)
	Handoff      bool     // the person asked for a human in this turn
	// Repeat is true when the turn said the last answer again (in the other language, "in English please"): the
	// demand log counts it as no new question.
	Repeat bool
	// HandoffNote is the summary for the community manager when Handoff is true, without the way to reach the
	// person (that stays with the conversation only).
	HandoffNote *HandoffNote
}

// HandoffReply is a community manager's answer to a hand-off, for the person to read in the conversation.
type HandoffReply struct {
	Time time.Time `json:"time"`
	Text string    `json:"text"`
}

// HandoffNote summarises a conversation for the community manager who takes over.
type HandoffNote struct {
	Theme     string            `json:"theme,omitempty"`      // theme id
	Slots     map[string]string `json:"slots,omitempty"`      // what the dialogue knew: topic, sector, region, size
	Shown     []string          `json:"shown,omitempty"`      // ids of the offers shown last
	NotHelped string            `json:"not_helped,omitempty"` // what the person said did not help (scrubbed)
	Words     string            `json:"words,omitempty"`      // the person's own words (scrubbed)
	Contact   string            `json:"contact,omitempty"`    // how the person wants to be reached (optional)
}
