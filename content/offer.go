package content

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Limits of the offer fields a reply shows.
const (
	MaxPitch           = 120 // one line on a card
	MinQuestions       = 10  // example questions per offer or answer, fewer is a warning
	MaxQuestions       = 30
	MaxQuestion        = 300
	MaxFact            = 300
	MaxStatusNote      = 500
	homePageWarning    = "links a home page: link the offer's own page (networks, and offers marked organisation: true, may link their home page)"
	englishPageWarning = "links an English page for Dutch readers too: put the provider's Dutch page in %s and this one in %s_en"
)

func (l *loader) checkOffer(file string, o *wegwijzer.Offer, f fields) {
	req := func(field, v string) {
		if strings.TrimSpace(v) == "" {
			l.add(file, f.line(field), field, "is required")
		}
	}
	maxLen := func(field, v string, limit int) {
		if n := utf8.RuneCountInString(strings.TrimSpace(v)); n > limit {
			l.add(file, f.line(field), field, "%d characters, at most %d", n, limit)
		}
	}
	if !kebab.MatchString(o.ID) {
		l.add(file, f.line("id"), "id", "%q is not a kebab-case id (lower case letters, digits and '-')", o.ID)
	}
	req("title", o.Title)
	req("provider", o.Provider)
	// English replies show provider_en, else provider: a provider with Dutch words around its names needs its English.
	if words := ProviderDutchWords(o.Provider); len(words) > 0 && strings.TrimSpace(o.ProviderEN) == "" {
		l.warn(file, f.line("provider"), "provider_en", "missing: the English reply would show Dutch (%q in provider %q)",
			strings.Join(words, " "), o.Provider)
	}
	req("summary", o.Summary)
	maxLen("title", o.Title, MaxTitle)
	maxLen("title_en", o.TitleEN, MaxTitle)
	l.checkPitch(file, f, "pitch", o.Pitch)
	l.checkPitch(file, f, "pitch_en", o.PitchEN)
	if !slices.Contains(wegwijzer.Kinds(), o.Kind) {
		l.add(file, f.line("kind"), "kind", "unknown kind %q (want one of %s)", o.Kind, joinAny(wegwijzer.Kinds()))
	}
	if len(o.Themes) == 0 {
		l.add(file, f.line("themes"), "themes", "at least one theme is required")
	}
	for _, t := range o.Themes {
		if l.cat.Theme(t) == nil {
			l.add(file, f.line("themes"), "themes", "unknown theme %q", t)
		}
	}
	for _, t := range o.Topics {
		if l.cat.topicTheme(t) == "" {
			l.add(file, f.line("topics"), "topics", "unknown topic %q", t)
		}
	}
	if len(o.Phases) == 0 {
		l.add(file, f.line("phases"), "phases", "at least one phase is required")
	}
	for _, p := range o.Phases {
		if !slices.Contains(wegwijzer.Phases(), p) {
			l.add(file, f.line("phases"), "phases", "unknown phase %q (want one of %s)", p, joinAny(wegwijzer.Phases()))
		}
	}
	if len(o.Regions) == 0 {
		l.add(file, f.line("regions"), "regions", "at least one region is required (nl for national)")
	}
	for _, r := range o.Regions {
		if l.cat.Geography.Place(r) == nil {
			l.add(file, f.line("regions"), "regions", "unknown region %q", r)
		}
	}
	for _, s := range o.Sectors {
		if l.cat.Sector(s) == nil {
			l.add(file, f.line("sectors"), "sectors", "unknown sector %q", s)
		}
	}
	for _, s := range o.Sizes {
		if !slices.Contains(wegwijzer.Sizes(), s) {
			l.add(file, f.line("sizes"), "sizes", "unknown size %q (want one of %s)", s, strings.Join(wegwijzer.Sizes(), ", "))
		}
	}
	if o.LegalForm != "" && !slices.Contains(wegwijzer.LegalForms(), o.LegalForm) {
		l.add(file, f.line("legal_form"), "legal_form", "unknown legal form %q (want one of %s, or leave it out for every legal form)", o.LegalForm, strings.Join(wegwijzer.LegalForms(), ", "))
	}
	if o.Nationality != "" && !slices.Contains(wegwijzer.Nationalities(), o.Nationality) {
		l.add(file, f.line("nationality"), "nationality", "unknown nationality class %q (want one of %s, or leave it out for anyone)", o.Nationality, strings.Join(wegwijzer.Nationalities(), ", "))
	}
	if o.Audience != "" && !slices.Contains(wegwijzer.Audiences(), o.Audience) {
		l.add(file, f.line("audience"), "audience", "unknown audience %q (want one of %s, or leave it out for anyone)", o.Audience, strings.Join(wegwijzer.Audiences(), ", "))
	}
	maxLen("summary", o.Summary, MaxSummary)
	maxLen("summary_en", o.SummaryEN, MaxSummary+100)
	for i, e := range o.Eligibility {
		if strings.TrimSpace(e) == "" || utf8.RuneCountInString(e) > MaxEligibility {
			l.add(file, f.line("eligibility"), fmt.Sprintf("eligibility[%d]", i), "must be 1 to %d characters", MaxEligibility)
		}
	}
	if len(o.EligibilityEN) > 0 && len(o.EligibilityEN) != len(o.Eligibility) {
		l.add(file, f.line("eligibility_en"), "eligibility_en", "has %d lines, eligibility has %d: translate each line, in the same order", len(o.EligibilityEN), len(o.Eligibility))
	}
	for field, v := range map[string]string{"facts.amount": o.Facts.Amount, "facts.amount_en": o.Facts.AmountEN,
		"facts.how_to_apply": o.Facts.HowToApply, "facts.how_to_apply_en": o.Facts.HowToApplyEN,
		"facts.deadline": o.Facts.Deadline, "facts.deadline_en": o.Facts.DeadlineEN} {
		if n := utf8.RuneCountInString(strings.TrimSpace(v)); n > MaxFact {
			l.add(file, f.line("facts"), field, "%d characters, at most %d", n, MaxFact)
		}
	}
	l.checkNextStep(file, f, o.NextStep, o.ForLanguage, o.Source)
	req("url", o.URL)
	if o.URL != "" {
		l.checkURL(file, f.line("url"), "url", o.URL, true)
		if isHomePage(o.URL) && o.Kind != wegwijzer.KindCommunityNetwerk && !o.Organisation {
			l.warn(file, f.line("url"), "url", homePageWarning)
		}
	}
	l.checkURLEN(file, f.line("url_en"), "url_en", o.URL, o.URLEN, o.Source)
	if o.ForLanguage != "en" && isEnglishPage(o.URL) {
		l.warn(file, f.line("url"), "url", englishPageWarning, "url", "url")
	}
	if o.ForLanguage != "" && o.ForLanguage != "nl" && o.ForLanguage != "en" {
		l.add(file, f.line("for_language"), "for_language", "%q: must be nl or en (or left out: for everyone)", o.ForLanguage)
	}
	if o.Organisation && isScheme(o.Kind) {
		l.add(file, f.line("organisation"), "organisation", "is for an organisation's whole service; a %s has a page of its own on its provider's site: link that page", o.Kind)
	}
	l.checkSources(file, f, o.Source)
	l.checkDate(file, f.line("last_checked"), "last_checked", o.LastChecked, true)
	l.checkStatus(file, f, o)
	if o.ReplacedBy != "" && l.missingOffer(o.ReplacedBy) {
		l.add(file, f.line("replaced_by"), "replaced_by", "unknown offer %q", o.ReplacedBy)
	}
	from := l.checkDate(file, f.line("valid_from"), "valid_from", o.ValidFrom, false)
	until := l.checkDate(file, f.line("valid_until"), "valid_until", o.ValidUntil, false)
	if !from.IsZero() && !until.IsZero() && until.Before(from) {
		l.add(file, f.line("valid_until"), "valid_until", "is before valid_from")
	}
	if !until.IsZero() && until.Before(l.now) && o.Status == wegwijzer.StatusOpen {
		l.add(file, f.line("status"), "status", "is open but valid_until %s has passed", o.ValidUntil)
	}
	for i, k := range o.Keywords {
		if strings.TrimSpace(k) == "" {
			l.add(file, f.line("keywords"), fmt.Sprintf("keywords[%d]", i), "empty keyword")
		}
	}
	l.checkQuestions(file, f, o.Questions)
}

// checkPitch: a pitch is one line of at most MaxPitch characters. A missing pitch is a warning while the
// catalogue is being completed; Options.RequireCards makes it an error.
func (l *loader) checkPitch(file string, f fields, field, v string) {
	v = strings.TrimSpace(v)
	switch {
	case v == "" && l.requireCards:
		l.add(file, f.line(field), field, "is required: one line of what the entrepreneur gets")
	case v == "":
		l.warn(file, f.line(field), field, "is missing: one line of what the entrepreneur gets")
	case strings.Contains(v, "\n"):
		l.add(file, f.line(field), field, "must be one line")
	case utf8.RuneCountInString(v) > MaxPitch:
		l.add(file, f.line(field), field, "%d characters, at most %d", utf8.RuneCountInString(v), MaxPitch)
	}
}

// checkNextStep checks a next step of an offer or answer; forLanguage is the offer's for_language ("" for answers),
// sources its sources.
func (l *loader) checkNextStep(file string, f fields, ns wegwijzer.NextStep, forLanguage string, sources []wegwijzer.Source) {
	if strings.TrimSpace(ns.Who) == "" || strings.TrimSpace(ns.How) == "" {
		l.add(file, f.line("next_step"), "next_step", "who and how are required")
	}
	if ns.URL != "" {
		l.checkURL(file, f.line("next_step"), "next_step.url", ns.URL, true)
	}
	l.checkURLEN(file, f.line("next_step"), "next_step.url_en", ns.URL, ns.URLEN, sources)
	if forLanguage != "en" && isEnglishPage(ns.URL) {
		l.warn(file, f.line("next_step"), "next_step.url", englishPageWarning, "next_step.url", "next_step.url")
	}
	// English replies show who_en, else who: a who that is Dutch text, not a name, needs its English.
	if words := DutchWords(ns.Who); len(words) > 0 && strings.TrimSpace(ns.WhoEN) == "" {
		l.warn(file, f.line("next_step"), "next_step.who_en", "missing: the English reply would show Dutch (%q in who %q)",
			strings.Join(words, " "), ns.Who)
	}
}

// checkURLEN: an English page is the English version of a page the content links (url or next_step.url): it needs
// that page, and is another address. It is a page of its own, which someone must have read: one that is in none of
// the sources warns (a guessed English address, from the Dutch one's, is often no page at all).
func (l *loader) checkURLEN(file string, line int, field, nlURL, enURL string, sources []wegwijzer.Source) {
	switch {
	case enURL == "":
	case nlURL == "":
		l.add(file, line, field, "is the English version of %s: set %s too", strings.TrimSuffix(field, "_en"), strings.TrimSuffix(field, "_en"))
	case enURL == nlURL:
		l.add(file, line, field, "is the same address as %s: leave it out", strings.TrimSuffix(field, "_en"))
	default:
		l.checkURL(file, line, field, enURL, true)
		if !slices.ContainsFunc(sources, func(s wegwijzer.Source) bool { return sameAddress(s.URL, enURL) }) {
			l.warn(file, line, field, "%s is in none of the sources: add the English page you read to source", enURL)
		}
	}
}

// sameAddress reports whether two web addresses name the same page: the scheme, a "www." before the host, the
// host's case, a trailing slash and a fragment make no difference.
func sameAddress(a, b string) bool {
	norm := func(raw string) string {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil {
			return raw
		}
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		return host + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
	}
	return norm(a) == norm(b)
}

func (l *loader) checkSources(file string, f fields, sources []wegwijzer.Source) {
	if len(sources) == 0 {
		l.add(file, f.line("source"), "source", "at least one source address is required")
	}
	for i, s := range sources {
		field := fmt.Sprintf("source[%d]", i)
		l.checkURL(file, f.line("source"), field, s.URL, false)
		if s.Date != "" && parsePartialDate(s.Date).IsZero() {
			l.add(file, f.line("source"), field+".date", "%q is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)", s.Date)
		}
	}
}

func (l *loader) checkQuestions(file string, f fields, qs []string) {
	switch {
	case len(qs) > MaxQuestions:
		l.add(file, f.line("questions"), "questions", "%d example questions, at most %d", len(qs), MaxQuestions)
	case len(qs) < MinQuestions:
		l.warn(file, f.line("questions"), "questions", "%d example questions, want at least %d in entrepreneurs' own words", len(qs), MinQuestions)
	}
	// Expats and international founders ask in English, in their own words: the search learns those words from
	// the English examples.
	en := 0
	for _, q := range qs {
		if lang, sure := understand.Language(q); sure && lang == understand.EN {
			en++
		}
	}
	if len(qs) > 0 && 3*en < len(qs) {
		l.warn(file, f.line("questions"), "questions", "%d of %d example questions are in English, want at least a third in the words of expats and international founders", en, len(qs))
	}
	seen := map[string]bool{}
	for i, q := range qs {
		key := strings.ToLower(strings.TrimSpace(q))
		field := fmt.Sprintf("questions[%d]", i)
		switch {
		case key == "" || utf8.RuneCountInString(q) > MaxQuestion:
			l.add(file, f.line("questions"), field, "must be 1 to %d characters", MaxQuestion)
		case seen[key]:
			l.add(file, f.line("questions"), field, "repeats an earlier question")
		}
		seen[key] = true
	}
}

func (l *loader) checkStatus(file string, f fields, o *wegwijzer.Offer) {
	line := f.line("status")
	switch o.Status {
	case wegwijzer.StatusOpen, wegwijzer.StatusDoorlopend:
		if o.ClosedSince != "" {
			l.add(file, f.line("closed_since"), "closed_since", "only a closed (gesloten) offer has closed_since")
		}
	case wegwijzer.StatusRondes:
		if len(o.Rounds) == 0 && strings.TrimSpace(o.StatusNote) == "" {
			l.add(file, line, "rounds", "an offer that runs in rounds needs its known rounds, or a status_note that says where to watch for the next one")
		}
	case wegwijzer.StatusGesloten:
		if strings.TrimSpace(o.StatusNote) == "" {
			l.add(file, line, "status_note", "a closed offer needs a status_note: what happened, where to look now")
		}
	default:
		l.add(file, line, "status", "unknown status %q (want %s)", o.Status, joinAny(wegwijzer.Statuses()))
	}
	if o.ClosedSince != "" && parsePartialDate(o.ClosedSince).IsZero() {
		l.add(file, f.line("closed_since"), "closed_since", "%q is not a date (want YYYY-MM-DD or YYYY-MM)", o.ClosedSince)
	}
	if n := utf8.RuneCountInString(o.StatusNote); n > MaxStatusNote {
		l.add(file, line, "status_note", "%d characters, at most %d", n, MaxStatusNote)
	}
	var prev time.Time
	for i, r := range o.Rounds {
		field := fmt.Sprintf("rounds[%d]", i)
		opens := l.checkDate(file, f.line("rounds"), field+".opens", r.Opens, true)
		closes := l.checkDate(file, f.line("rounds"), field+".closes", r.Closes, false)
		if !closes.IsZero() && closes.Before(opens) {
			l.add(file, f.line("rounds"), field+".closes", "is before opens")
		}
		if opens.Before(prev) {
			l.add(file, f.line("rounds"), field+".opens", "rounds must be listed oldest first")
		}
		prev = opens
	}
}

// parsePartialDate parses YYYY-MM-DD, YYYY-MM or YYYY; the zero time means it is none of these.
func parsePartialDate(s string) time.Time {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// isScheme reports whether offers of this kind live on a bigger site (rvo.nl, belastingdienst.nl, uwv.nl, a
// province): a subsidy, a tax scheme or a rule always has a page of its own, so it is never an organisation's whole
// service.
func isScheme(k wegwijzer.Kind) bool {
	switch k {
	case wegwijzer.KindSubsidie, wegwijzer.KindFiscaleRegeling, wegwijzer.KindWetRegel:
		return true
	}
	return false
}

// isEnglishPage reports whether raw is on a government site in English only (english.rvo.nl, business.gov.nl):
// a Dutch conversation should link the Dutch page of the same scheme.
func isEnglishPage(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return h == "english.rvo.nl" || h == "business.gov.nl" || h == "www.business.gov.nl"
}

// isHomePage reports whether the address is a site's front page rather than a page about one offer.
func isHomePage(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	p := strings.Trim(u.Path, "/")
	return p == "" || p == "nl" || p == "en" || p == "werkgevers" || p == "ondernemers" || p == "zakelijk"
}
