package bot

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// maxPitch is the longest pitch a card shows, in characters.
const maxPitch = 120

// maxMatchedWords is the most words of the question a card names as what the offer fits.
const maxMatchedWords = 4

// card is what the compose step knows about the asker when it renders an offer as a card.
type card struct {
	cat   *content.Catalogue
	lang  lang
	today time.Time
	slots map[string]string // theme, topic, sector, region, size
	// matched holds, per offer id, the words of the question the offer matched (wegwijzer.Result.Matched).
	matched map[string][]string
}

// offerRef renders an offer as a card: title, pitch, why it fits, its status on the day of the reply.
func (c card) offerRef(o *wegwijzer.Offer) wegwijzer.OfferRef {
	return wegwijzer.OfferRef{ID: o.ID, Title: pick(c.lang, o.Title, o.TitleEN), Provider: providerText(o, c.lang), URL: linkOf(o, c.lang),
		Kind: o.Kind, Group: o.Kind.Group(), Why: c.why(o), Status: o.Status,
		Pitch: pitchOf(o, c.lang), Fit: c.fit(o), StatusText: statusText(c.cat, o, c.lang, c.today)}
}

// linkOf is the offer's own page in the reply's language: url_en in English when the content has it, else url.
func linkOf(o *wegwijzer.Offer, l lang) string { return pick(l, o.URL, o.URLEN) }

// nextStepURL is the next step's page in the reply's language: url_en in English when the content has it, else url.
func nextStepURL(ns wegwijzer.NextStep, l lang) string { return pick(l, ns.URL, ns.URLEN) }

// providerText is who runs the offer in the reply's language: provider_en in English when the content has it, else
// provider (names).
func providerText(o *wegwijzer.Offer, l lang) string {
	return strings.TrimSpace(pick(l, o.Provider, strings.TrimSpace(o.ProviderEN)))
}

// pitchOf is the offer's pitch in the language, or, while an offer has none, the first sentence of its summary
// trimmed to maxPitch characters at a word boundary.
func pitchOf(o *wegwijzer.Offer, l lang) string {
	if p := strings.TrimSpace(pick(l, o.Pitch, o.PitchEN)); p != "" {
		return p
	}
	return trimWords(firstSentence(pick(l, o.Summary, o.SummaryEN)), maxPitch)
}

func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			return s[:i+1]
		}
	}
	return s
}

// trimWords shortens s to at most n characters, cutting at a word boundary and ending in "…".
func trimWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)[:n-1]
	cut := len(rs)
	for cut > 0 && !unicode.IsSpace(rs[cut-1]) {
		cut--
	}
	if cut == 0 {
		cut = len(rs)
	}
	return strings.TrimRight(string(rs[:cut]), " ,;:") + "…"
}

// why says what an offer is, for which theme, and where: "Subsidie · verduurzamen en energie · landelijk".
func (c card) why(o *wegwijzer.Offer) string {
	parts := []string{kindLabels[o.Kind].in(c.lang)}
	if th := c.cat.Theme(firstShared(o.Themes, []string{c.slots[slotTheme]})); th != nil {
		parts = append(parts, strings.ToLower(pick(c.lang, th.Label, th.LabelEN)))
	}
	if o.IsNational() {
		parts = append(parts, pick(c.lang, "landelijk", "national"))
	} else if p := c.region(o); p != nil {
		parts = append(parts, pick(c.lang, "regionaal: ", "regional: ")+p.Name)
	}
	if o.Status == wegwijzer.StatusGesloten {
		parts = append(parts, texts.closed.in(c.lang))
	}
	return strings.Join(parts, " · ")
}

func firstShared(xs, ys []string) string {
	for _, y := range ys {
		if slices.Contains(xs, y) {
			return y
		}
	}
	if len(xs) > 0 {
		return xs[0]
	}
	return ""
}

// fit says why the offer fits this person, from what the dialogue knows: the question's topic or theme, the
// offer's region when it is regional, its sector or size when it is meant for the asker's. When the asker's size
// or sector is known and the offer is not for it, fit names that one blocking condition ("Bijna: alleen voor
// bedrijven tot 250 medewerkers").
func (c card) fit(o *wegwijzer.Offer) string {
	if block := c.blocking(o); block != "" {
		return texts.almost.in(c.lang) + block
	}
	var parts []string
	if about := c.about(o); about != "" {
		// The theme alone is the same on every card: the asker's own words that this offer matched say why this one.
		if ws := c.askedWords(o); len(ws) > 0 {
			about += " (" + strings.Join(ws[:min(len(ws), maxMatchedWords)], ", ") + ")"
		}
		parts = append(parts, fmt.Sprintf(pick(c.lang, "Past bij je vraag over %s", "Fits your question about %s"), about))
	} else if ws := c.askedWords(o); len(ws) > 0 {
		parts = append(parts, pick(c.lang, "Past bij je vraag: ", "Fits your question: ")+strings.Join(ws[:min(len(ws), maxMatchedWords)], ", "))
	} else {
		parts = append(parts, pick(c.lang, "Past bij de woorden van je vraag", "Fits the words of your question"))
	}
	if p := c.region(o); p != nil {
		parts = append(parts, pick(c.lang, "voor ondernemers in ", "for businesses in ")+p.Name)
	}
	if s := c.slots[slotSector]; s != "" && slices.Contains(o.Sectors, s) && len(o.Sectors) <= maxOwnSectors {
		if sec := c.cat.Sector(s); sec != nil {
			parts = append(parts, pick(c.lang, "speciaal voor je branche (", "made for your sector (")+strings.ToLower(pick(c.lang, sec.Label, sec.LabelEN))+")")
		}
	}
	if s := c.slots[slotSize]; s != "" && s != "-" && len(o.Sizes) > 0 && slices.Contains(o.Sizes, s) {
		parts = append(parts, pick(c.lang, "voor een bedrijf van jouw omvang", "for a business of your size"))
	}
	switch lf := c.slots[slotLegalForm]; {
	case o.LegalForm == "":
	case lf == o.LegalForm:
		parts = append(parts, pick(c.lang, "voor jouw rechtsvorm", "for your legal form"))
	case lf == "" || lf == "-":
		// Not known whether the asker meets it: say the condition, so that nobody reads on for nothing.
		parts = append(parts, pick(c.lang, "alleen voor ", "only for ")+legalFormFor[o.LegalForm].in(c.lang))
	}
	return strings.Join(parts, "; ")
}

// maxOwnSectors is the most sectors an offer may be for and still be called made for the asker's: one for
// fifteen sectors is for nearly everyone.
const maxOwnSectors = 3

// askedWords are the words the offer matched that the asker wrote: the search also matches words a synonym
// added ("zonnepanelen" for "energy"), which the asker never said.
func (c card) askedWords(o *wegwijzer.Offer) []string {
	asked := strings.Fields(normalise(c.slots[slotQuery]))
	var out []string
	for _, w := range c.matched[o.ID] {
		if len(asked) == 0 || slices.Contains(asked, normalise(w)) {
			out = append(out, w)
		}
	}
	return out
}

// region is the place a regional offer is for, said in its fit: the one the asker is in when the offer covers
// several ("NOM" covers Groningen, Fryslân and Drenthe; an asker in Friesland reads Fryslân), else its first.
func (c card) region(o *wegwijzer.Offer) *content.Place {
	if o.IsNational() || len(o.Regions) == 0 {
		return nil
	}
	if at := c.slots[slotRegion]; at != "" && at != "-" {
		for _, r := range o.Regions {
			if r == at || slices.Contains(c.cat.Geography.Ancestors(at), r) {
				return c.cat.Geography.Place(r)
			}
		}
	}
	return c.cat.Geography.Place(o.Regions[0])
}

// about names the topic (or else the theme) of the question that the offer shares, lower case.
func (c card) about(o *wegwijzer.Offer) string {
	th := c.cat.Theme(c.slots[slotTheme])
	if th == nil || !slices.Contains(o.Themes, th.ID) {
		return ""
	}
	if tp := c.slots[slotTopic]; tp != "" && (len(o.Topics) == 0 || slices.Contains(o.Topics, tp)) {
		for _, topic := range th.Topics {
			if topic.ID == tp {
				return strings.ToLower(pick(c.lang, topic.Label, topic.LabelEN))
			}
		}
	}
	return strings.ToLower(pick(c.lang, th.Label, th.LabelEN))
}

// blocking returns the one known condition the asker does not meet, or "".
func (c card) blocking(o *wegwijzer.Offer) string {
	if s := c.slots[slotSize]; s != "" && s != "-" && len(o.Sizes) > 0 && !slices.Contains(o.Sizes, s) {
		var names []string
		for _, sz := range o.Sizes {
			names = append(names, sizeFor[sz].in(c.lang))
		}
		if slices.Equal(o.Sizes, []string{"zzp", "micro", "klein", "middelgroot"}) {
			names = []string{sizeFor["middelgroot"].in(c.lang)} // the mkb: up to 250
		}
		return pick(c.lang, "alleen voor ", "only for ") + strings.Join(names, pick(c.lang, " of ", " or "))
	}
	if lf := c.slots[slotLegalForm]; lf != "" && lf != "-" && o.LegalForm != "" && o.LegalForm != lf {
		return pick(c.lang, "alleen voor ", "only for ") + legalFormFor[o.LegalForm].in(c.lang)
	}
	if s := c.slots[slotSector]; s != "" && s != "-" && len(o.Sectors) > 0 && !slices.Contains(o.Sectors, s) {
		var names []string
		for _, id := range o.Sectors {
			if sec := c.cat.Sector(id); sec != nil {
				names = append(names, strings.ToLower(pick(c.lang, sec.Label, sec.LabelEN)))
			}
		}
		if len(names) > maxOwnSectors {
			// Fifteen sectors are no condition to read: say which one it is not for.
			if sec := c.cat.Sector(s); sec != nil {
				return pick(c.lang, "niet voor de branche ", "not for the sector ") + strings.ToLower(pick(c.lang, sec.Label, sec.LabelEN))
			}
		}
		if len(names) > 0 {
			return pick(c.lang, "alleen voor de branche ", "only for the sector ") + strings.Join(names, pick(c.lang, " of ", " or "))
		}
	}
	return ""
}

// statusText says an offer's status in words on the day today.
func statusText(cat *content.Catalogue, o *wegwijzer.Offer, l lang, today time.Time) string {
	day := today.Format(time.DateOnly)
	var s string
	switch o.Status {
	case wegwijzer.StatusGesloten:
		s = statusWords.closed.in(l)
		if o.ClosedSince != "" {
			s = fmt.Sprintf(statusWords.closedSince.in(l), dateText(o.ClosedSince, l))
		} else if o.ValidUntil != "" {
			s = fmt.Sprintf(statusWords.closedSince.in(l), dateText(o.ValidUntil, l))
		}
		if r := cat.Offer(o.ReplacedBy); r != nil {
			s += "; " + fmt.Sprintf(statusWords.useNow.in(l), pick(l, r.Title, r.TitleEN))
		}
	case wegwijzer.StatusRondes:
		s = roundsText(o, l, day)
	case wegwijzer.StatusDoorlopend:
		s = statusWords.always.in(l)
	default:
		s = statusWords.open.in(l)
		if o.ValidUntil != "" && o.ValidUntil >= day {
			s = fmt.Sprintf(statusWords.openUntil.in(l), dateText(o.ValidUntil, l))
		}
	}
	if o.Unconfirmed && o.Status != wegwijzer.StatusGesloten {
		s += " (" + texts.unconfirmed.in(l) + ")"
	}
	return s
}

// roundsText says whether a round is open on day, when the last one ran and when the next known one opens. A
// round without a known closing date is never said to be open: such rounds are often full within a day.
func roundsText(o *wegwijzer.Offer, l lang, day string) string {
	var last, next *wegwijzer.Round
	for i := range o.Rounds {
		r := &o.Rounds[i]
		switch {
		case r.Opens > day:
			if next == nil {
				next = r
			}
		case r.Closes != "" && r.Closes >= day:
			return fmt.Sprintf(statusWords.roundOpenUntil.in(l), dateText(r.Closes, l))
		default:
			last = r
		}
	}
	var parts []string
	switch {
	case last == nil:
		parts = append(parts, pick(l, "Werkt met rondes", "Runs in rounds"))
	case last.Closes == "":
		parts = append(parts, fmt.Sprintf(statusWords.lastOpened.in(l), dateText(last.Opens, l)))
	default:
		span := dateText(last.Opens, l)
		if last.Closes != last.Opens {
			span += pick(l, " tot ", " to ") + dateText(last.Closes, l)
		}
		parts = append(parts, fmt.Sprintf(statusWords.lastRound.in(l), span))
	}
	if next != nil {
		parts = append(parts, fmt.Sprintf(statusWords.nextRound.in(l), dateText(next.Opens, l)))
	} else {
		parts = append(parts, fmt.Sprintf(statusWords.noNextRound.in(l), hostOf(linkOf(o, l))))
	}
	return strings.Join(parts, "; ")
}

// dateText writes a YYYY-MM-DD, YYYY-MM or YYYY date in words: "30 september 2023", "September 30, 2023".
func dateText(d string, l lang) string {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		t, err := time.Parse(layout, d)
		if err != nil {
			continue
		}
		month := monthNames[t.Month()-1].in(l)
		switch {
		case layout == "2006":
			return t.Format("2006")
		case layout == "2006-01":
			return fmt.Sprintf("%s %d", month, t.Year())
		case l == en:
			return fmt.Sprintf("%s %d, %d", month, t.Day(), t.Year())
		}
		return fmt.Sprintf("%d %s %d", t.Day(), month, t.Year())
	}
	return d
}

// hostOf is the site of an address, to say where to watch: "rvo.nl".
func hostOf(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u, _, _ = strings.Cut(u, "/")
	return strings.TrimPrefix(u, "www.")
}

// noteMatched keeps, per offer of a search result, the words of the question it matched, for the cards.
func (t *turnState) noteMatched(res *wegwijzer.SearchResult) {
	t.matched = map[string][]string{}
	for _, r := range res.Results {
		if len(r.Matched) > 0 {
			t.matched[r.ID] = r.Matched
		}
	}
}
