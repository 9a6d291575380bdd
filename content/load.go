package content

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
)

// Limits on text fields, in characters.
const (
	MaxSummary     = 400
	MaxAnswerText  = 700
	MaxTitle       = 120
	MaxEligibility = 240
)

// Problem is one thing wrong in a content file.
type Problem struct {
	File    string
	Line    int
	Field   string
	Message string
	Warning bool
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Warning {
		b.WriteString("warning: ")
	}
	if p.Field != "" {
		fmt.Fprintf(&b, "field %s: ", p.Field)
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is the list of problems found in a catalogue. As an error it reports the errors, not the warnings.
type Problems []Problem

// Errors returns the problems that are not warnings.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

func (ps Problems) Error() string {
	errs := ps.Errors()
	lines := make([]string, 0, len(errs))
	for _, p := range errs {
		lines = append(lines, p.String())
	}
	return fmt.Sprintf("content: %d problem(s):\n%s", len(errs), strings.Join(lines, "\n"))
}

// Options tune loading.
type Options struct {
	// Now is the reference time for the staleness warning of last_checked; zero means time.Now().
	Now time.Time
	// RequireCards makes a missing pitch or pitch_en an error instead of a warning.
	RequireCards bool
}

// Load reads and validates a catalogue. It returns the catalogue and every problem found. When any problem is an
// error (not a warning), it also returns a non-nil error of type Problems and the catalogue must not be used.
func Load(fsys fs.FS, opts Options) (*Catalogue, Problems, error) {
	l := &loader{fsys: fsys, now: opts.Now, requireCards: opts.RequireCards, badFields: map[string]bool{}, unreadOffers: map[string]bool{}, cat: &Catalogue{Geography: NewGeography(), offers: map[string]*wegwijzer.Offer{}}}
	if l.now.IsZero() {
		l.now = time.Now()
	}
	l.load()
	sort.SliceStable(l.problems, func(i, j int) bool {
		if l.problems[i].File != l.problems[j].File {
			return l.problems[i].File < l.problems[j].File
		}
		return l.problems[i].Line < l.problems[j].Line
	})
	if len(l.problems.Errors()) > 0 {
		return nil, l.problems, l.problems
	}
	return l.cat, l.problems, nil
}

type loader struct {
	fsys     fs.FS
	now      time.Time
	cat      *Catalogue
	problems Problems
	req      Requirements
	reqLines map[string]int
	// requireCards: see Options.RequireCards.
	requireCards bool
	// unreadOffers are the offer ids (file names) whose file could not be read as YAML, and noOffers is true when
	// the offers folder could not be read: a reference to such an offer is not reported, the file's own error is.
	unreadOffers map[string]bool
	noOffers     bool
	// badFields are the file+"\x00"+field pairs whose value had the wrong type; later checks of them are not
	// reported, so a content editor sees the first cause only.
	badFields map[string]bool
}

func (l *loader) add(file string, line int, field, format string, args ...any) {
	if l.unreadable(file, field) {
		return // the field could not be read at all: that is the first cause, and the one reported
	}
	l.problems = append(l.problems, Problem{File: file, Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
}

// unreadable reports whether the field, or a field inside it, had a value of the wrong type.
func (l *loader) unreadable(file, field string) bool {
	if field == "" {
		return false
	}
	for bad := range l.badFields {
		f, ok := strings.CutPrefix(bad, file+"\x00")
		if ok && (f == field || strings.HasPrefix(f, field+".") || strings.HasPrefix(f, field+"[")) {
			return true
		}
	}
	return false
}

// missingOffer reports whether no offer has the id, and no offer file of that name failed to read (that file's
// own error is the cause to fix; every reference to it would repeat it).
func (l *loader) missingOffer(id string) bool {
	return l.cat.offers[id] == nil && !l.unreadOffers[id] && !l.noOffers
}

func (l *loader) warn(file string, line int, field, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: file, Line: line, Field: field, Message: fmt.Sprintf(format, args...), Warning: true})
}

func (l *loader) load() {
	l.loadThemes()
	l.loadRegions()
	l.loadSectors()
	l.loadSynonyms()
	l.loadOffers()
	l.loadAnswers()
	l.loadCommunities()
	l.loadRequirements()
	l.checkSynonymReach()
}

// checkSynonymReach warns about synonyms whose policy words occur in no offer: they cannot help a search.
func (l *loader) readFile(name string, required bool) []byte {
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		if required || !errors.Is(err, fs.ErrNotExist) {
			l.add(name, 0, "", "cannot read: %v", err)
		}
		return nil
	}
	return data
}

func (l *loader) loadOffers() {
	entries, err := fs.ReadDir(l.fsys, "offers")
	if err != nil {
		l.add("offers", 0, "", "cannot read the offers folder: %v", err)
		l.noOffers = true
		return
	}
	type loaded struct {
		file  string
		o     *wegwijzer.Offer
		lines fields
	}
	var all []loaded
	for _, e := range entries {
		if e.IsDir() || !(strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			continue
		}
		file := path.Join("offers", e.Name())
		data := l.readFile(file, true)
		if data == nil {
			continue
		}
		want := strings.TrimSuffix(strings.TrimSuffix(e.Name(), ".yaml"), ".yml")
		o := new(wegwijzer.Offer)
		node := l.decode(file, data, o)
		if node == nil {
			l.unreadOffers[want] = true
			continue
		}
		f := keyLines(node)
		if o.ID != want {
			l.add(file, f.line("id"), "id", "id %q must equal the file name %q", o.ID, want)
			l.unreadOffers[want] = true // references to the file's name would repeat this
		}
		if prev, ok := l.cat.offers[o.ID]; ok && prev != nil {
			l.add(file, f.line("id"), "id", "duplicate offer id %q", o.ID)
			continue
		}
		l.cat.offers[o.ID] = o
		l.cat.Offers = append(l.cat.Offers, o)
		all = append(all, loaded{file, o, f})
	}
	for _, x := range all {
		l.checkOffer(x.file, x.o, x.lines)
	}
}

func (l *loader) checkURL(file string, line int, field, raw string, httpsOnly bool) {
	u, err := url.Parse(raw)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		l.add(file, line, field, "%q is not a web address", raw)
	case httpsOnly && u.Scheme != "https":
		l.add(file, line, field, "%q must use https", raw)
	}
}

func (l *loader) checkDate(file string, line int, field, v string, required bool) time.Time {
	if v == "" {
		if required {
			l.add(file, line, field, "is required (YYYY-MM-DD)")
		}
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		l.add(file, line, field, "%q is not a date (want YYYY-MM-DD)", v)
		return time.Time{}
	}
	if field == "last_checked" {
		if t.After(l.now) {
			l.add(file, line, field, "%s is in the future", v)
		} else if l.now.Sub(t) > 366*24*time.Hour {
			l.warn(file, line, field, "last checked %s, more than a year ago: check the facts again", v)
		}
	}
	return t
}

func (l *loader) loadAnswers() {
	entries, err := fs.ReadDir(l.fsys, "answers")
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.add("answers", 0, "", "cannot read the answers folder: %v", err)
		}
		return
	}
	seen := map[string]bool{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		file := path.Join("answers", e.Name())
		data := l.readFile(file, true)
		if data == nil {
			continue
		}
		a := new(wegwijzer.Answer)
		node := l.decode(file, data, a)
		if node == nil {
			continue
		}
		f := keyLines(node)
		if want := strings.TrimSuffix(e.Name(), ".yaml"); a.ID != want || !kebab.MatchString(a.ID) {
			l.add(file, f.line("id"), "id", "id %q must be kebab-case and equal the file name %q", a.ID, want)
		}
		if seen[a.ID] {
			l.add(file, f.line("id"), "id", "duplicate answer id %q", a.ID)
		}
		seen[a.ID] = true
		if strings.TrimSpace(a.Question) == "" || strings.TrimSpace(a.Text) == "" {
			l.add(file, f["-"], "question", "question and text are required")
		}
		if n := utf8.RuneCountInString(strings.TrimSpace(a.Text)); n > MaxAnswerText {
			l.add(file, f.line("text"), "text", "%d characters, at most %d", n, MaxAnswerText)
		}
		if n := utf8.RuneCountInString(strings.TrimSpace(a.TextEN)); n > MaxAnswerText+200 {
			l.add(file, f.line("text_en"), "text_en", "%d characters, at most %d", n, MaxAnswerText+200)
		}
		for _, t := range a.Themes {
			if l.cat.Theme(t) == nil {
				l.add(file, f.line("themes"), "themes", "unknown theme %q", t)
			}
		}
		for _, id := range a.Related {
			if l.missingOffer(id) {
				l.add(file, f.line("related"), "related", "unknown offer %q", id)
			}
		}
		l.checkSources(file, f, a.Source)
		l.checkDate(file, f.line("last_checked"), "last_checked", a.LastChecked, true)
		l.checkQuestions(file, f, a.Questions)
		if a.NextStep != nil {
			l.checkNextStep(file, f, *a.NextStep, "", a.Source)
		}
		if a.Gap {
			l.checkGap(file, f, a)
		}
		l.cat.Answers = append(l.cat.Answers, a)
	}
}

func (l *loader) loadCommunities() {
	const file = "communities.yaml"
	data := l.readFile(file, false)
	if data == nil {
		return
	}
	node := l.decode(file, data, &l.cat.Communities)
	lines := items(node, "")
	seen := map[string]bool{}
	for i, c := range l.cat.Communities {
		f := at(lines, i)
		field := fmt.Sprintf("[%d]", i)
		if !kebab.MatchString(c.ID) || seen[c.ID] {
			l.add(file, f.line("id"), field+".id", "%q is not a unique kebab-case id", c.ID)
		}
		seen[c.ID] = true
		if !slices.Contains([]string{"slack", "discord", "web"}, c.Platform) {
			l.add(file, f.line("platform"), field+".platform", "unknown platform %q (want slack, discord or web)", c.Platform)
		}
		if c.Region != "" && l.cat.Geography.Place(c.Region) == nil {
			l.add(file, f.line("region"), field+".region", "unknown region %q", c.Region)
		}
		if c.Language != "nl" && c.Language != "en" {
			l.add(file, f.line("language"), field+".language", "unknown language %q (want nl or en)", c.Language)
		}
	}
}

func (l *loader) loadRequirements() {
	const file = "catalogue.yaml"
	data := l.readFile(file, false)
	if data == nil {
		return
	}
	node := l.decode(file, data, &l.req)
	f := keyLines(node)
	for _, id := range l.req.RequiredOffers {
		if l.missingOffer(id) {
			l.add(file, f.line("required_offers"), "required_offers", "required offer %q is missing from offers/", id)
		}
	}
	if n := len(l.cat.Offers); n < l.req.MinOffers {
		l.add(file, f.line("min_offers"), "min_offers", "the catalogue has %d offers, at least %d are required", n, l.req.MinOffers)
	}
	for _, r := range l.req.RegionsWithOffers {
		if l.cat.Geography.Place(r) == nil {
			l.add(file, f.line("regions_with_offers"), "regions_with_offers", "unknown region %q", r)
			continue
		}
		n := 0
		for _, o := range l.cat.Offers {
			for _, or := range o.Regions {
				if or != wegwijzer.National && l.cat.Geography.Reaches(or, r) {
					n++
					break
				}
			}
		}
		if n < l.req.MinPerRegion {
			l.add(file, f.line("regions_with_offers"), "regions_with_offers", "region %q has %d regional offers, at least %d are required", r, n, l.req.MinPerRegion)
		}
	}
}

func joinAny[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// checkGap checks a known gap (gap: true): a topic no offer covers, so it names none, and its reply is its text and
// a referral to who does answer such questions, in both languages (the no-match reply has no offer to take a next
// step from).
func (l *loader) checkGap(file string, f fields, a *wegwijzer.Answer) {
	if len(a.Related) > 0 {
		l.add(file, f.line("related"), "related", "a gap names no offers: an offer that fits makes it no gap")
	}
	if strings.TrimSpace(a.TextEN) == "" {
		l.add(file, f.line("text"), "text_en", "a gap needs text_en: its text is the whole reply")
	}
	ns := a.NextStep
	if ns == nil || strings.TrimSpace(ns.Who) == "" || strings.TrimSpace(ns.How) == "" || strings.TrimSpace(ns.HowEN) == "" {
		l.add(file, f["-"], "next_step", "a gap needs next_step with who, how and how_en: the referral")
	}
	if len(a.Patterns) == 0 {
		l.add(file, f["-"], "patterns", "a gap needs patterns")
	}
}
