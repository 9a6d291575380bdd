// Package wegwijzer holds the domain of the Wegwijzer chat assistant: support offers for entrepreneurs, the
// messages and replies of a conversation, and the small interfaces the dialogue engine needs from search and
// storage. Implementations live in sub-packages (index, store/..., adapters/...); only cmd/wegwijzer wires them.
package wegwijzer

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"gopkg.in/yaml.v3"
)

// Kind says what sort of support an offer is.
type Kind string

// The kinds of offers, as used in content files.
const (
	KindSubsidie          Kind = "subsidie"
	KindFiscaleRegeling   Kind = "fiscale-regeling"
	KindLeningGarantie    Kind = "lening-garantie"
	KindWetRegel          Kind = "wet-regel"
	KindAdvies            Kind = "advies"
	KindScanTool          Kind = "scan-tool"
	KindCommunityNetwerk  Kind = "community-netwerk"
	KindTrainingEvenement Kind = "training-evenement"
	KindInformatie        Kind = "informatie"
)

// Kinds returns every kind, in the order answers group them: money first, then rules, then help.
func Kinds() []Kind {
	return []Kind{KindSubsidie, KindFiscaleRegeling, KindLeningGarantie, KindWetRegel, KindAdvies,
		KindScanTool, KindCommunityNetwerk, KindTrainingEvenement, KindInformatie}
}

// Group is the heading an answer shows a kind under.
type Group string

// Answer groups.
const (
	GroupMoney Group = "geld"
	GroupRules Group = "regels"
	GroupHelp  Group = "hulp"
)

// Group returns the answer group of the kind.
func (k Kind) Group() Group {
	switch k {
	case KindSubsidie, KindFiscaleRegeling, KindLeningGarantie:
		return GroupMoney
	case KindWetRegel:
		return GroupRules
	default:
		return GroupHelp
	}
}

// Phase is a phase of the entrepreneur's customer journey, as the action agenda names them.
type Phase string

// The phases: meeting peers, knowing what exists, deciding, doing.
const (
	PhaseOntmoeten Phase = "ontmoeten"
	PhaseWeten     Phase = "weten"
	PhaseWillen    Phase = "willen"
	PhaseKunnen    Phase = "kunnen"
)

// Phases returns the phases in journey order.
func Phases() []Phase { return []Phase{PhaseOntmoeten, PhaseWeten, PhaseWillen, PhaseKunnen} }

// Status says whether an offer can be used now.
type Status string

// Offer statuses. Each means one thing: open (can be used now, possibly until a known date), doorlopend (can be
// used at any time, no rounds or budget rounds that matter), rondes (opens in rounds: Rounds holds the known ones),
// gesloten (ended for good: ClosedSince says when, ReplacedBy or StatusNote what to use instead).
const (
	StatusOpen       Status = "open"
	StatusGesloten   Status = "gesloten"
	StatusDoorlopend Status = "doorlopend"
	StatusRondes     Status = "rondes"
)

// Statuses returns every status.
func Statuses() []Status { return []Status{StatusOpen, StatusDoorlopend, StatusRondes, StatusGesloten} }

// Sizes returns the company size classes an offer can be limited to.
func Sizes() []string { return []string{"zzp", "micro", "klein", "middelgroot", "groot"} }

// The legal-form classes an offer can be limited to. Most schemes are for every legal form; some fiscal ones
// are only for an entrepreneur who pays income tax on the profit, others only for a company with legal
// personality.
const (
	LegalFormIB            = "ib"            // ondernemer voor de inkomstenbelasting: eenmanszaak, vof, cv, maatschap
	LegalFormRechtspersoon = "rechtspersoon" // a legal person, such as a bv or nv
)

// LegalForms returns the legal-form classes an offer can be limited to.
func LegalForms() []string { return []string{LegalFormIB, LegalFormRechtspersoon} }

// NationalityNonEU limits an offer to people from outside the EU, the EEA and Switzerland: a residence permit for a
// founder, a work permit for an employee. Their citizens may live and work here without one.
const NationalityNonEU = "non-eu"

// Nationalities returns the nationality classes an offer can be limited to.
func Nationalities() []string { return []string{NationalityNonEU} }

// AudienceBenefit limits an offer to people who live on a benefit (bijstand, WW): the Bbz for a starter on
// welfare. An offer that also has the theme zwaar-weer serves a business in money trouble as well (the Bbz again).
const AudienceBenefit = "uitkering"

// AudienceTrouble limits an offer to a business that cannot pay its debts or bills: a payment arrangement with
// the tax office, an agreement with creditors. Its words are those of paying and tax, which every plain question
// about paying VAT shares ("hoe betaal ik btw"), so the search puts it first only for a question that says the
// business is short of money.
const AudienceTrouble = "betalingsproblemen"

// Audiences returns the audiences an offer can be limited to.
func Audiences() []string { return []string{AudienceBenefit, AudienceTrouble} }

// National is the region id of offers that are open to the whole country.
const National = "nl"

// NextStep tells the entrepreneur who to contact and how: the "no wrong door" part of every answer.
type NextStep struct {
	Who string `yaml:"who" json:"who"`
	// WhoEN is who in English, for a who that is more than a name ("Je gemeente": "Your municipality").
	// Without it, English replies show who as it is.
	WhoEN string `yaml:"who_en,omitempty" json:"who_en,omitempty"`
	How   string `yaml:"how" json:"how"`
	HowEN string `yaml:"how_en,omitempty" json:"how_en,omitempty"`
	URL   string `yaml:"url,omitempty" json:"url,omitempty"`
	// URLEN is the same page in English (english.rvo.nl, business.gov.nl), shown in English replies instead of URL.
	URLEN string `yaml:"url_en,omitempty" json:"url_en,omitempty"`
	Phone string `yaml:"phone,omitempty" json:"phone,omitempty"`
}

// Source is where the facts of an offer come from: an address, and the date the page gives (or, for a page
// without a date, the day it was read). In content files a source is either an address or {url, date, note}.
type Source struct {
	URL  string `yaml:"url" json:"url"`
	Date string `yaml:"date,omitempty" json:"date,omitempty"` // YYYY-MM-DD, or YYYY-MM, or YYYY
	Note string `yaml:"note,omitempty" json:"note,omitempty"` // what the source confirms, when not obvious
}

// UnmarshalYAML accepts a plain address as well as a mapping.
func (s *Source) UnmarshalYAML(value *yaml.Node) error {
	if value.Kind == yaml.ScalarNode {
		s.URL = value.Value
		return nil
	}
	type plain Source
	return value.Decode((*plain)(s))
}

// Facts are the structured facts follow-up questions are answered from. Each is optional: a fact no source
// gives is left out, and the bot then says where to check instead of guessing.
type Facts struct {
	Amount       string `yaml:"amount,omitempty" json:"amount,omitempty"`             // what you can get, with the year it holds for
	AmountEN     string `yaml:"amount_en,omitempty" json:"amount_en,omitempty"`       //
	HowToApply   string `yaml:"how_to_apply,omitempty" json:"how_to_apply,omitempty"` // how and where to apply or start
	HowToApplyEN string `yaml:"how_to_apply_en,omitempty" json:"how_to_apply_en,omitempty"`
	Deadline     string `yaml:"deadline,omitempty" json:"deadline,omitempty"` // when to apply: a term, a date, "voor je investeert"
	DeadlineEN   string `yaml:"deadline_en,omitempty" json:"deadline_en,omitempty"`
}

// Round is one known opening of a scheme that runs in rounds.
type Round struct {
	Opens  string `yaml:"opens" json:"opens"`                       // YYYY-MM-DD
	Closes string `yaml:"closes,omitempty" json:"closes,omitempty"` // YYYY-MM-DD; empty = until the budget is used or unknown
	Note   string `yaml:"note,omitempty" json:"note,omitempty"`     // budget, what the round is for (Dutch)
	NoteEN string `yaml:"note_en,omitempty" json:"note_en,omitempty"`
}

// Offer is one curated public support offer: a subsidy, a rule, advice, a tool, a network.
type Offer struct {
	ID       string   `yaml:"id" json:"id"`
	Title    string   `yaml:"title" json:"title"`
	TitleEN  string   `yaml:"title_en" json:"title_en,omitempty"` // the provider's English name, or a plain rendering of a generic rule
	Aliases  []string `yaml:"aliases" json:"aliases,omitempty"`
	Provider string   `yaml:"provider" json:"provider"`
	// ProviderEN is the provider in English, for a provider that is more than organisation names ("RVO (melding)
	// en Belastingdienst (aftrek in de aangifte)"); the names stay as they are. Without it, English replies show
	// Provider as it is.
	ProviderEN string   `yaml:"provider_en,omitempty" json:"provider_en,omitempty"`
	Kind       Kind     `yaml:"kind" json:"kind"`
	Themes     []string `yaml:"themes" json:"themes"`
	Topics     []string `yaml:"topics" json:"topics,omitempty"`
	Phases     []Phase  `yaml:"phases" json:"phases"`
	Regions    []string `yaml:"regions" json:"regions"`
	Sectors    []string `yaml:"sectors" json:"sectors,omitempty"`
	Sizes      []string `yaml:"sizes" json:"sizes,omitempty"`
	LegalForm  string   `yaml:"legal_form" json:"legal_form,omitempty"` // "" = every legal form; else one of LegalForms
	// Nationality is whose nationality the offer is for: "" = anyone's; NationalityNonEU for the founder or worker
	// from outside the EU, the EEA and Switzerland only.
	Nationality string `yaml:"nationality" json:"nationality,omitempty"`
	// Audience is who the offer is for besides its sizes and sectors: "" = anyone; AudienceBenefit for people on a
	// benefit (and, with the theme zwaar-weer, a business in money trouble) only.
	Audience    string   `yaml:"audience" json:"audience,omitempty"`
	Pitch       string   `yaml:"pitch" json:"pitch"`       // what you get, one line, facts from the sources only
	PitchEN     string   `yaml:"pitch_en" json:"pitch_en"` // the same in English
	Summary     string   `yaml:"summary" json:"summary"`
	SummaryEN   string   `yaml:"summary_en" json:"summary_en,omitempty"`
	Eligibility []string `yaml:"eligibility" json:"eligibility,omitempty"`
	// EligibilityEN is the English version of Eligibility, in the same order (optional).
	EligibilityEN []string `yaml:"eligibility_en" json:"eligibility_en,omitempty"`
	Facts         Facts    `yaml:"facts" json:"facts,omitzero"`
	NextStep      NextStep `yaml:"next_step" json:"next_step"`
	URL           string   `yaml:"url" json:"url"`
	// URLEN is the offer's own page in English, by its provider (english.rvo.nl for an RVO scheme): English
	// replies link it instead of URL. Without it, English replies link URL.
	URLEN        string   `yaml:"url_en" json:"url_en,omitempty"`
	Source       []Source `yaml:"source" json:"source,omitempty"`
	LastChecked  string   `yaml:"last_checked" json:"last_checked"`
	Status       Status   `yaml:"status" json:"status"`
	StatusNote   string   `yaml:"status_note" json:"status_note,omitempty"`
	StatusNoteEN string   `yaml:"status_note_en" json:"status_note_en,omitempty"`
	ClosedSince  string   `yaml:"closed_since" json:"closed_since,omitempty"` // YYYY-MM-DD (or YYYY-MM) a closed scheme ended
	Rounds       []Round  `yaml:"rounds" json:"rounds,omitempty"`             // known rounds, oldest first
	// Unconfirmed is true when no recent source confirms that the offer still runs; the bot says so.
	Unconfirmed bool     `yaml:"unconfirmed" json:"unconfirmed,omitempty"`
	ReplacedBy  string   `yaml:"replaced_by" json:"replaced_by,omitempty"`
	ValidFrom   string   `yaml:"valid_from" json:"valid_from,omitempty"`
	ValidUntil  string   `yaml:"valid_until" json:"valid_until,omitempty"`
	Keywords    []string `yaml:"keywords" json:"keywords,omitempty"`
	// Questions are example questions in entrepreneurs' own words (Dutch and English), matched as whole
	// questions by the search.
	Questions []string `yaml:"questions" json:"questions,omitempty"`

	// Organisation is true when the offer is an organisation's whole service (a regional development company,
	// a Werkgeversservicepunt, an incubator, a fund or a tool with a site of its own): its home page is then the
	// offer's own page. A subsidy, a tax scheme or a rule never is one: it has a page of its own.
	Organisation bool `yaml:"organisation" json:"organisation,omitempty"`
	// ForLanguage is set when the offer serves readers of one language only ("en": business.gov.nl, government
	// information in English for those who read little Dutch). The dialogue shows it in a conversation in another
	// language only when the question names it. Empty: for everyone.
	ForLanguage string `yaml:"for_language" json:"for_language,omitempty"`
}

// IsNational reports whether the offer is open in the whole country.
func (o *Offer) IsNational() bool { return slices.Contains(o.Regions, National) }

// Answer is a curated short text for a question that a text answers better than a list of offers.
type Answer struct {
	ID         string    `yaml:"id" json:"id"`
	Question   string    `yaml:"question" json:"question"`
	QuestionEN string    `yaml:"question_en" json:"question_en,omitempty"`
	Patterns   []string  `yaml:"patterns" json:"patterns"`
	Text       string    `yaml:"text" json:"text"`
	TextEN     string    `yaml:"text_en" json:"text_en,omitempty"`
	Themes     []string  `yaml:"themes" json:"themes"`
	Related    []string  `yaml:"related" json:"related,omitempty"`
	NextStep   *NextStep `yaml:"next_step" json:"next_step,omitempty"` // optional: else the first related offer's
	// Questions are example questions in entrepreneurs' own words (Dutch and English).
	Questions   []string `yaml:"questions" json:"questions,omitempty"`
	Source      []Source `yaml:"source" json:"source"`
	LastChecked string   `yaml:"last_checked" json:"last_checked"`
	// Gap marks a known gap: a topic entrepreneurs ask about that no public support offer covers ("concurrentiebeding
	// in een arbeidscontract", "fooien"). Its text says so honestly and its NextStep refers to who does answer such
	// questions; the search answers NoMatch with the gap's id first in Answers, and the demand log records the
	// question as latent demand under the gap (DemandEvent.Gap).
	Gap bool `yaml:"gap" json:"gap,omitempty"`
}

// Code classifies an application error, so that each edge (HTTP, CLI, chat) can choose a status or a message.
type Code string

// Error codes.
const (
	ECONFLICT Code = "conflict"  // a concurrent update won; retry
	EINVALID  Code = "invalid"   // the input is wrong; tell the user
	ENOTFOUND Code = "not_found" // the thing does not exist
	EUNAVAIL  Code = "unavailable"
	EINTERNAL Code = "internal"
)

// Error is the application error: a code for the edge and a message that is safe to show.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("wegwijzer %s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or EINTERNAL.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return EINTERNAL
}

// ErrorMessage returns the safe message of the first *Error in err's chain, or a generic one.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// ErrDuplicate is returned, with the reply given before, when a platform event was already handled.
var ErrDuplicate = errors.New("wegwijzer: event already handled")

// Searcher finds offers for a question. Implementations are safe for concurrent use.
type Searcher interface {
	Search(ctx context.Context, q Query) (*SearchResult, error)
}

// Query is what the dialogue asks the index.
type Query struct {
	Text   string
	Region string // a region id the asker is in ("" = unknown): region-bound offers elsewhere are left out
	Sector string // a sector id of the asker ("" = unknown): offers for other sectors only are left out
	Size   string // the asker's company size class ("" = unknown): offers for other sizes only rank low
	// LegalForm is the asker's legal-form class (LegalFormIB, LegalFormRechtspersoon; "" = unknown, then the
	// search reads it from Text): offers for the other class only rank low.
	LegalForm string
	Themes    []string // when set, offers in these themes are preferred
	// Abroad says that the asker's own words say someone comes from abroad ("I'm a founder from India"), when Text
	// no longer does: the dialogue searches without where the asker comes from. The search also reads it from Text.
	Abroad bool
	Top    int // at most this many results; 0 means 5
}

// SearchResult is the answer of a Searcher.
type SearchResult struct {
	Query   string   `json:"query"`
	NoMatch bool     `json:"no_match"`
	Results []Result `json:"results"`
	// Understanding of the question, for the dialogue and the demand log.
	Region  string   `json:"region,omitempty"`
	Sector  string   `json:"sector,omitempty"`
	Themes  []string `json:"themes,omitempty"`
	Topics  []string `json:"topics,omitempty"`
	Answers []string `json:"answers,omitempty"` // ids of curated answers that fit
	// Specific counts the question's known words that are more specific than a theme ("waterstof" in
	// "verduurzamen met waterstof"); 0 means a broad question the dialogue should narrow.
	Specific int `json:"-"`
	// Vague is true when the question has no words beyond stopwords and generic ones ("ik heb een vraag over
	// subsidie"): the dialogue should ask what it is about rather than say there is no answer.
	Vague bool `json:"-"`
	// Unsure is true when the question is answered but its signals are close to no_match: the dialogue says it
	// is not sure the offers fit, and shows fewer.
	Unsure bool `json:"unsure,omitempty"`
	// Signals are what NoMatch was decided from (nil when the searcher gives none); `search --explain` shows them.
	Signals *MatchSignals `json:"-"`
}

// MatchSignals are the signals a search decides no_match from; the dialogue may use them to say how sure it is.
type MatchSignals struct {
	Coverage    float64 `json:"coverage"`      // share of the question's informative words the catalogue knows, 0..1
	Question    float64 `json:"question"`      // similarity to the most similar example question, 0..1
	Text        float64 `json:"text"`          // the best text-match score (BM25)
	Margin      float64 `json:"margin"`        // by how much the first offer beats the second: (s1-s2)/s1
	OutOfDomain float64 `json:"out_of_domain"` // share of the question's content words from other domains
	// OutOfDomainWords counts the words and phrases from other domains in the whole message, its context
	// sentences included ("my landlord", "mijn werkgever" are often said before the question).
	OutOfDomainWords int  `json:"out_of_domain_words"`
	Named            bool `json:"named"`    // some word names what an offer is (a title, keyword, synonym, theme)
	Linked           bool `json:"linked"`   // a reviewed link covers the question: it is on-topic
	Business         bool `json:"business"` // the asker shows they run a business (a business word, size or sector)
	// PrivateThings counts what the message calls the asker's own that the catalogue has no word for ("mijn
	// huisbaas", "my boyfriend"): a private person's matter, read from the grammar rather than from a list.
	PrivateThings int `json:"private_things"`
	// BusinessContext is whether the message shows any business at all (a business word, a legal form, a sector
	// that is no one else's, hiring, trade, premises, a permit, a business's money): wider than Business, which
	// wants the asker to run one.
	BusinessContext bool `json:"business_context"`
	// PrivateLife counts the words of private life ("huurwoning", "partner", "cats") in a message without any
	// business context: 0 when the message shows one.
	PrivateLife int `json:"private_life"`
	// PrivateAsker counts the cues that the asker is a private person, read from who "I" is ("ik ben werknemer",
	// "I'm a foreign student", "my landlord", "HR gave me", "a temporary contract") in a message without any
	// business context: 0 when the message shows one.
	PrivateAsker int     `json:"private_asker"`
	Confidence   float64 `json:"confidence"` // the probability that the catalogue answers the question
}

// Result is one offer found, with its score.
type Result struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	Provider string  `json:"provider"`
	Kind     Kind    `json:"kind"`
	Score    float64 `json:"score"`
	Offer    *Offer  `json:"-"`
	// Matched are the words of the question (normalised, in the question's order) that the offer's text or
	// example questions contain: what the offer fits. Generic words ("subsidie") and company sizes are left out.
	Matched []string `json:"matched,omitempty"`
}
