package wegwijzer

import (
	"context"
	"encoding/json"
	"strings"
	"time"
)

// Outcome is how a turn ended, as the demand statistics count it.
type Outcome string

// Outcomes. Answered, clarify, no_match and handoff come from the reply; abandoned is never recorded but computed
// when events are read: a clarify that got no follow-up within the conversation TTL. Info marks turns that are not
// a question (help, privacy, feedback on an answer, waiting for a person); they are kept for their feedback and
// never counted as questions.
const (
	OutcomeAnswered  Outcome = "answered"
	OutcomeClarify   Outcome = "clarify"
	OutcomeNoMatch   Outcome = "no_match"
	OutcomeHandoff   Outcome = "handoff"
	OutcomeAbandoned Outcome = "abandoned"
	OutcomeInfo      Outcome = "info"
)

// Feedback values: whether the person said the answer helped.
const (
	FeedbackHelped    = "helped"
	FeedbackNotHelped = "not_helped"
)

// DemandEvent is one turn of a dialogue as the latent-demand log keeps it: what was asked (scrubbed), where, by
// whom (a keyed pseudonym, never the platform user id) and how it ended.
type DemandEvent struct {
	ID           string    `json:"id"` // stable per turn: appending the same event twice stores it once
	Time         time.Time `json:"time"`
	Community    string    `json:"community,omitempty"`
	Platform     string    `json:"platform,omitempty"`
	Region       string    `json:"region,omitempty"` // region id of the asker, as the dialogue understood it
	Themes       []string  `json:"themes,omitempty"` // the first is the main theme
	Sector       string    `json:"sector,omitempty"`
	Size         string    `json:"size,omitempty"` // company size class (zzp, micro, ...), when known
	Phase        Phase     `json:"phase,omitempty"`
	Language     string    `json:"language,omitempty"`
	Outcome      Outcome   `json:"outcome"`
	Offers       []string  `json:"offers,omitempty"` // ids of the offers shown
	BestScore    float64   `json:"best_score,omitempty"`
	Unsure       bool      `json:"unsure,omitempty"`   // the answer said it was not sure its offers fit
	Gap          string    `json:"gap,omitempty"`      // the known gap (Answer.Gap) a no-match reply named: demand without supply
	Feedback     string    `json:"feedback,omitempty"` // FeedbackHelped, FeedbackNotHelped or ""
	Person       string    `json:"person"`             // keyed pseudonym of the person
	Conversation string    `json:"conversation"`       // keyed pseudonym of the conversation
	Text         string    `json:"text,omitempty"`     // scrubbed question; "" once retention dropped it
	// Handoff is the summary a community manager gets with a request for a person (never the way to reach the
	// person). Its free text (Words, NotHelped) is text as Text is: kept apart, dropped by the retention.
	Handoff *HandoffNote `json:"handoff,omitempty"`
	// HandoffRef leads the dashboard to the conversation of a hand-off (a sealed reference that only the
	// service's key opens), where the way to reach the person is kept. Kept apart with the text.
	HandoffRef string `json:"handoff_ref,omitempty"`
}

// textMark starts a stored text that holds more than the question: the hand-off's free text and reference.
const textMark = "\x1e"

// storedText is what DetachText packs when an event has more text than its question.
type storedText struct {
	Text      string `json:"t,omitempty"`
	Words     string `json:"w,omitempty"`
	NotHelped string `json:"n,omitempty"`
	Ref       string `json:"r,omitempty"`
}

// DetachText takes out of the event everything a DemandLog keeps apart so that the retention can drop it (the
// question, the hand-off's own words and what did not help, the hand-off reference) and returns it as one
// string; AttachText puts it back. A log stores the returned string where it stores the text.
func (e *DemandEvent) DetachText() string {
	st := storedText{Text: e.Text, Ref: e.HandoffRef}
	e.Text, e.HandoffRef = "", ""
	if e.Handoff != nil {
		n := *e.Handoff
		st.Words, st.NotHelped = n.Words, n.NotHelped
		n.Words, n.NotHelped, n.Contact = "", "", ""
		e.Handoff = &n
	}
	if st.Words == "" && st.NotHelped == "" && st.Ref == "" {
		return st.Text
	}
	data, err := json.Marshal(st)
	if err != nil { // cannot happen for strings
		return st.Text
	}
	return textMark + string(data)
}

// AttachText puts back what DetachText took out ("" after the retention: the event stays without it).
func (e *DemandEvent) AttachText(s string) {
	rest, ok := strings.CutPrefix(s, textMark)
	var st storedText
	if !ok || json.Unmarshal([]byte(rest), &st) != nil {
		e.Text = s
		return
	}
	e.Text, e.HandoffRef = st.Text, st.Ref
	if st.Words != "" || st.NotHelped != "" {
		n := HandoffNote{}
		if e.Handoff != nil {
			n = *e.Handoff
		}
		n.Words, n.NotHelped = st.Words, st.NotHelped
		e.Handoff = &n
	}
}

// DemandLog keeps demand events. Implementations are safe for concurrent use, also by several processes sharing
// one backend. Errors from an unreachable backend are returned as they are (wrapped); callers spool and retry.
type DemandLog interface {
	// Append stores events. It is idempotent per DemandEvent.ID: an event already stored is skipped, not an
	// error, so a caller may replay a batch that partly got through. Text is stored apart from the event so that
	// retention can drop it while the event stays for the statistics.
	Append(ctx context.Context, events ...DemandEvent) error
	// Scan calls fn for every stored event with from <= Time < to (a zero to means no upper bound), in no
	// guaranteed order, with Text filled while it is kept. An error from fn stops the scan and is returned.
	Scan(ctx context.Context, from, to time.Time, fn func(DemandEvent) error) error
	// ErasePerson deletes every event of the person pseudonym and returns how many it deleted.
	ErasePerson(ctx context.Context, person string) (int, error)
	// ExpireText drops the text of events from before the time and returns how many texts it dropped; the events
	// themselves stay. An implementation may measure age by when it received an event rather than by its Time
	// (Redis trims by stream id); the recorder never appends text older than the retention.
	ExpireText(ctx context.Context, before time.Time) (int, error)
}

// HandoffState is where a request to talk to a person stands.
type HandoffState string

// Hand-off states.
const (
	HandoffOpen  HandoffState = "open"
	HandoffTaken HandoffState = "taken"
	HandoffDone  HandoffState = "done"
)

// DemandLink is a community manager's review decision: questions like these should find this offer.
type DemandLink struct {
	Item      string    `json:"item"`      // review item id
	OfferID   string    `json:"offer_id"`  // the offer the questions should find
	Questions []string  `json:"questions"` // the content words of the item's wordings, one string per wording
	Community string    `json:"community,omitempty"`
	Time      time.Time `json:"time"`
	// Persons are the pseudonyms of the people whose wordings the link holds: erasing one of them erases the
	// link. Asked is when the oldest of those questions was asked: the link expires with its text retention.
	Persons []string  `json:"persons,omitempty"`
	Asked   time.Time `json:"asked,omitzero"`
}

// Expired reports whether the link holds words of a question asked before the time (its text retention ended).
// A link without Asked (made before links carried it) counts from when it was made.
func (l DemandLink) Expired(before time.Time) bool {
	t := l.Asked
	if t.IsZero() {
		t = l.Time
	}
	return t.Before(before)
}

// ReviewStore keeps what community managers decide in review: links from questions to offers, and the state of
// hand-off requests. Implementations are safe for concurrent use.
type ReviewStore interface {
	// SaveLink stores a link, replacing an earlier link of the same item.
	SaveLink(ctx context.Context, l DemandLink) error
	// Links returns every stored link, oldest first.
	Links(ctx context.Context) ([]DemandLink, error)
	// SetHandoff records the state of the hand-off started by the event id.
	SetHandoff(ctx context.Context, eventID string, state HandoffState) error
	// HandoffStates returns the recorded states by event id; hand-offs without a record are open.
	HandoffStates(ctx context.Context) (map[string]HandoffState, error)
}
