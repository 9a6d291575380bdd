package bot

// A message with several problems: its clauses, which of them lean on the one before, which are only context, and
// the question which to start with.

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// problemSplit separates the problems of one message: clauses, and "en"/"and"/"daarnaast" between them. ("ook"
// and "also" join within a clause more often than between two: "ik verkoop ook aan klanten in België".) A comma
// or point ends a clause only before a space or at the end: inside a number it is a separator ("30,000 euro",
// "€ 1.500").
var problemSplit = regexp.MustCompile(`(?i)[;!?\n]+|[,.]+(?:\s+|$)|\s(?:en|and|daarnaast|bovendien)\s`)

// elidedAnd is a word left half and joined by "en" or "of" to the next ("speur- en ontwikkelingswerk").
var elidedAnd = regexp.MustCompile(`(\pL)- (en|of) `)

// heldSpace stands for the space before the "en" of an elided word while the message is split: problemSplit's \s
// does not match it, and the clause gets its space back after.
const heldSpace = "\u00a0"

// problemClauses are the parts of a message that may each be a problem of their own, at least three words each.
// A short question that leans on the clause before it ("ik wil een bakkerij beginnen, welke financiering is
// er?") is part of that clause, not a problem of its own.
func problemClauses(text string) []string {
	var out []string
	// "speur- en ontwikkelingswerk", "aan- en verkoop": one word written twice, not two clauses.
	// The clause keeps the words as written: it is shown as the problem's label.
	text = elidedAnd.ReplaceAllString(text, "$1-"+heldSpace+"$2 ")
	for _, p := range problemSplit.Split(text, -1) {
		p = strings.TrimSpace(strings.ReplaceAll(p, heldSpace, " "))
		switch {
		case len(out) > 0 && (leansOnBefore(p) || doubtsBefore(p)):
			out[len(out)-1] += ", " + p
		case len(strings.Fields(p)) >= 3:
			out = append(out, p)
		}
	}
	return out
}

// contextJoined joins a clause that neither asks, wants nor names a problem to the next clause that does: it says
// what that question is about ("we bouwen een AI-product, zijn er subsidies voor ontwikkeling" is one question).
// A clause after the last one that asks stays a clause of its own: "ik wil een leerling aannemen en mijn webshop
// uitbreiden" wants both.
func contextJoined(clauses []string) []string {
	joined, _ := contextJoinedOwn(clauses)
	return joined
}

// contextJoinedOwn is contextJoined, and beside each joined clause the clause's own words without the context
// joined to it: its theme is read from these ("we're a small web shop selling jewellery, we want to start selling
// to Germany" wants to export; the web shop only says who asks).
func contextJoinedOwn(clauses []string) (joined, own []string) {
	var out []string
	pending := ""
	lastAsking := -1
	for i, cl := range clauses {
		if asksOrTells(cl) {
			lastAsking = i
		}
	}
	topical := false // the context joined holds a clause that is more than who asks ("train our staff")
	for i, cl := range clauses {
		switch {
		case !asksOrTells(cl) && i < lastAsking:
			pending += cl + ", "
			// "in totaal 14 medewerkers" gives the size: who asks, as "ik heb een bakkerij" does.
			topical = topical || !saysWhoAsks(cl) && sizeOf(cl) == ""
		default:
			out = append(out, pending+cl)
			if topical {
				own = append(own, pending+cl)
			} else {
				own = append(own, cl)
			}
			pending, topical = "", false
		}
	}
	return out, own
}

// saysWhoAsks reports whether a clause opens by saying who asks ("we're a small web shop", "ik heb een bakkerij").
func saysWhoAsks(clause string) bool {
	c := strings.ToLower(strings.TrimSpace(clause))
	_, owns := understand.CutOwnDescription(c)
	return understand.OpensSelfDescription(c) || understand.IntroducesName(c) || owns
}

// asksOrTells reports whether a clause asks or wants something, asks for money, or names a problem.
func asksOrTells(clause string) bool {
	if strings.Contains(clause, "?") || understand.AsksMoney(clause) {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(clause), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if understand.IsWishWord(w) || understand.IsQuestionWord(w) || understand.NamesProblem(w) {
			return true
		}
	}
	return false
}

// leansOnBefore reports whether a clause is a question that says little of its own: it starts with a question
// word and holds at most one content word besides the kind of help it asks for ("welke financiering is er", "what
// can I do", "waar begin ik", "is there any money available for starting"), or it
// only asks for a kind of help ("looking for funding").
func leansOnBefore(clause string) bool {
	ws := strings.FieldsFunc(strings.ToLower(clause), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool {
		return !understand.IsFunctionWord(w) && !understand.IsGenericWord(w) && !understand.IsWishWord(w) && !understand.IsQuestionWord(w)
	}) {
		// "looking for funding", "zoek financiering": what kind of help, for the problem before it.
		return true
	}
	if len(ws) == 0 || !understand.IsQuestionWord(ws[0]) {
		return false
	}
	content := 0
	for _, w := range ws[1:] {
		if len(w) > 3 && !understand.IsQuestionWord(w) && !understand.IsQuestionFiller(w) && !understand.IsGenericWord(w) && !understand.IsFunctionWord(w) {
			content++
		}
	}
	return content <= 1
}

// doubtsBefore reports whether a clause opens with "maar" or "but" and points back ("maar ik weet niet of dat
// financieel haalbaar is", "but I don't know if that pays off"): a doubt about the clause before, not a problem of
// its own. ("maar ik heb ook een zieke werknemer" points at nothing: that one is.)
func doubtsBefore(clause string) bool {
	ws := strings.Fields(strings.ToLower(clause))
	return len(ws) > 1 && (ws[0] == "maar" || ws[0] == "but") && understand.Classify(clause).Reference
}

// maxPendingWords: a longer message is a question of its own, not a pointer at a problem still to answer.
const maxPendingWords = 8

// pendingNamed returns the place among the problems still to answer of the one a short message names by a word of
// its own ("what about the permit?", "en het personeel?"), or -1.
func (t *turnState) pendingNamed() int {
	if t.conv.State != StateAnswered {
		return -1
	}
	pending := lines(t.conv.Slots[slotPending])
	if in := t.read.intent; len(pending) == 1 && len(in.Ordinals) == 1 && in.Intent == understand.IntentNone &&
		len(contentWords(strings.Join(in.Rest, " "))) == 0 {
		// "en nu de tweede" after the first of two problems the bot numbered: the other problem (it was read as
		// the second offer shown, and got the first one's next step).
		return 0
	}
	return problemWithWordOf(pending, t.read.msg.Text)
}

// problemNamed returns the place of the problem a message names while the bot asks which problem to start with: by
// its place ("de eerste", "the second"), by a word of its own ("the van first") or by a word of the theme it was
// shown with ("personeel" for "Personeel en opleiden: ... monteurs te vinden"), or -1.
func (t *turnState) problemNamed() int {
	problems := lines(t.conv.Slots[slotProblems])
	if t.conv.State != StateClarify || len(problems) == 0 {
		return -1
	}
	if ords := t.read.intent.Ordinals; len(ords) > 0 {
		if ords[0] == understand.Last {
			return len(problems) - 1
		}
		if ords[0] < len(problems) {
			return ords[0]
		}
	}
	if j := problemWithWordOf(problems, t.read.msg.Text); j >= 0 {
		return j
	}
	if labels := lines(t.conv.Slots[slotProblemLabels]); len(labels) == len(problems) {
		return problemWithWordOf(labels, t.read.msg.Text)
	}
	return -1
}

// problemWithWordOf returns the place of the first of problems that shares a content word with a short message (at
// most maxPendingWords), or -1.
func problemWithWordOf(problems []string, msg string) int {
	ws := contentWords(msg)
	if len(ws) == 0 || len(strings.Fields(msg)) > maxPendingWords {
		return -1
	}
	for j, p := range problems {
		own := contentWords(p)
		if slices.ContainsFunc(ws, func(w string) bool { return slices.ContainsFunc(own, func(x string) bool { return sameWord(w, x) }) }) {
			return j
		}
	}
	return -1
}

// contentWords are the words of text that name something: four letters or more, no function, generic or wish word.
func contentWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(normalise(text)) {
		if len([]rune(w)) >= 4 && !understand.IsFunctionWord(w) && !understand.IsGenericWord(w) && !understand.IsWishWord(w) && !understand.IsQuestionWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// pickProblem makes one of the problems of a message with several the question: value is its number in the
// list asked about, or "next" for the first one still pending.
func (t *turnState) pickProblem(value string) bool {
	c := t.conv
	var list []string
	i := 0
	if value == "next" {
		list = lines(c.Slots[slotPending])
	} else {
		list = lines(c.Slots[slotProblems])
		n, err := strconv.Atoi(value)
		if err != nil {
			return false
		}
		i = n
	}
	if i < 0 || i >= len(list) {
		return false
	}
	question := list[i]
	theme := ""
	if themes := lines(c.Slots[slotProblemThemes]); value != "next" && len(themes) == len(list) {
		theme = themes[i]
	}
	pending := slices.Delete(slices.Clone(list), i, i+1)
	t.keepAsker()
	t.dropProblems()
	if theme != "" {
		// The theme the problem was shown with leads its search: the words around it may lean elsewhere ("ik heb
		// een installatiebedrijf in Emmen, er is een groot tekort aan monteurs" searched whole found energy).
		c.Slots[slotTheme] = theme
	}
	c.Slots[slotPending] = strings.Join(pending, "\n")
	c.Slots[slotQuery] = question
	c.Slots[slotBroad] = "no" // one problem of several is answered, not narrowed again
	return true
}

// problemLabels returns the labels the problems were shown with, or, when they were not kept (a conversation saved
// before they were), the problems' own words: one label per problem, so that each keeps its button.
func problemLabels(c *wegwijzer.Conversation, problems []string) []string {
	if labels := lines(c.Slots[slotProblemLabels]); len(labels) == len(problems) {
		return labels
	}
	labels := make([]string, len(problems))
	for i, p := range problems {
		labels[i] = trimWords(p, 75)
	}
	return labels
}

// asksOverProblems reports whether a message typed while the bot asks which problem to start with picks none of
// them and asks something of its own: words that name something, none of them a word of a problem or of the theme
// it was shown with (at any length: problemNamed looks at short messages only), and more than a fact about the
// asker ("we zitten in Zwolle" is more of the question).
func (t *turnState) asksOverProblems() bool {
	c := t.conv
	problems := lines(c.Slots[slotProblems])
	if c.State != StateClarify || len(problems) < 2 || t.read.msg.Correction {
		return false
	}
	ws := contentWords(t.read.msg.Text)
	if len(ws) == 0 || t.namesAskerFact(t.read.msg.Text) {
		return false
	}
	own := contentWords(strings.Join(append(problems, lines(c.Slots[slotProblemLabels])...), " "))
	return !slices.ContainsFunc(ws, func(w string) bool { return slices.ContainsFunc(own, func(x string) bool { return sameWord(w, x) }) })
}

// dropProblems forgets the problems of a message with several: one was answered, or a new question replaced them.
func (t *turnState) dropProblems() {
	for _, s := range []string{slotProblems, slotProblemLabels, slotProblemThemes} {
		delete(t.conv.Slots, s)
	}
}

// severalProblems asks which problem to start with when a message holds several on different themes.
func (t *turnState) severalProblems(ctx context.Context) (*wegwijzer.Reply, error) {
	clauses, own := contextJoinedOwn(problemClauses(t.searchText(t.conv.Slots[slotQuery])))
	if len(clauses) < 2 {
		return nil, nil
	}
	type problem struct{ text, label, theme string } // label: the clause's own words, without the context joined
	var found []problem
	for i, cl := range clauses[:min(len(clauses), maxProblems+2)] {
		q := t.query()
		q.Themes, q.Top = nil, 3
		var res *wegwijzer.SearchResult
		for _, text := range slices.Compact([]string{own[i], cl}) {
			// The clause's own words first: the context joined to it says who asks, and may name a theme of its
			// own; the whole when the own words find no theme.
			q.Text = text
			r, err := t.search.Search(ctx, q)
			if err != nil {
				return nil, fmt.Errorf("search a problem: %w", err)
			}
			if res = r; !r.NoMatch && len(r.Results) > 0 && len(r.Themes) > 0 {
				break
			}
		}
		if res.NoMatch || len(res.Results) == 0 || len(res.Themes) == 0 || describesAsker(cl, res) || t.onlyAsker(cl) {
			continue
		}
		theme := res.Themes[0]
		// Clauses on one theme are one problem ("onze omzet is gedaald, we hebben een belastingschuld").
		if j := slices.IndexFunc(found, func(p problem) bool { return p.theme == theme }); j >= 0 {
			found[j].text += ", " + cl
			found[j].label += ", " + own[i]
		} else {
			found = append(found, problem{cl, own[i], theme})
		}
	}
	if len(found) < 2 {
		return nil, nil
	}
	found = found[:min(len(found), maxProblems)]
	var list, opts []string
	for _, p := range found {
		list = append(list, p.text)
		label := p.label
		if th := t.cat.Theme(p.theme); th != nil {
			label = pick(t.lang, th.Label, th.LabelEN) + ": " + label
		}
		opts = append(opts, trimWords(label, 75))
	}
	t.conv.Slots[slotProblems] = strings.Join(list, "\n")
	t.conv.Slots[slotProblemLabels] = strings.Join(opts, "\n")
	themes := make([]string, len(found))
	for i, p := range found {
		themes[i] = p.theme
	}
	t.conv.Slots[slotProblemThemes] = strings.Join(themes, "\n")
	return t.problemsReply(opts), nil
}

// describesAsker reports whether a clause only says who is asking ("ik ben zzp'er", "ik heb een bakkerij"):
// that is no problem of its own.
//
// A clause that says what the asker is ("ik ben freelance developer", "we're a small software company") and asks
// or wants nothing describes the asker even when its words find a topic: "freelance" is who asks, not what about.
func describesAsker(clause string, res *wegwijzer.SearchResult) bool {
	c := strings.ToLower(clause)
	wants := slices.ContainsFunc(strings.Fields(c), understand.IsWishWord)
	self := understand.OpensSelfDescription(c) || understand.IntroducesName(c)
	if self && !wants {
		return true
	}
	// "ik heb een webshop in kinderkleding", "I run a small software company": a business of a sector the asker
	// has, and no wish. ("ik heb een belastingschuld" names no sector: that is a problem.)
	_, owns := understand.CutOwnDescription(c)
	if owns && res.Sector != "" && !wants {
		return true
	}
	if res.Specific > 0 || len(res.Topics) > 0 {
		return false
	}
	if res.Sector != "" || sizeOf(clause) != "" || legalFormOf(clause) != "" {
		return true
	}
	return self
}

// maxLeaningWords: a longer new question says enough to be searched on its own.
const maxLeaningWords = 8

// leansOnQuestion reports whether this turn's new question is short and asks on ("wie betaalt het loon?", "en
// voor een mestverwerker?", "who pays the salary?") after a question that was answered.
func (t *turnState) leansOnQuestion() bool {
	if t.before[slotQuery] == "" || len(t.read.named) > 0 || t.read.intent.Intent != understand.IntentNone {
		return false
	}
	text := strings.TrimSpace(t.read.msg.Text)
	ws := strings.Fields(normalise(text))
	if len(ws) == 0 || len(ws) > maxLeaningWords {
		return false
	}
	return strings.HasSuffix(text, "?") || understand.IsQuestionWord(ws[0]) || ws[0] == "en" || ws[0] == "and"
}

// onlyAsker reports whether a clause says who is asking and asks for nothing: no wish, no question, and only words
// about the asker (a sector, a size, a legal form, a place) and the words around them ("freelance IT consultant",
// "I run a web shop"). Such a clause is no problem of its own, whatever its words find.
func (t *turnState) onlyAsker(clause string) bool {
	if strings.Contains(clause, "?") || slices.ContainsFunc(strings.Fields(strings.ToLower(clause)), understand.IsWishWord) {
		return false
	}
	// "startup in Rotterdam working on hydrogen for shipping", "transportbedrijf met 15 vrachtwagens": a clause
	// that opens with the kind of business and wants nothing says who asks; so does one that says the asker has
	// one ("ik heb een start-up in Delft", "we run a startup in Leiden").
	lower, _ := understand.CutOwnDescription(strings.ToLower(strings.TrimSpace(clause)))
	if ws := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); len(ws) > 0 && (understand.IsBusinessKind(ws[0]) || t.isSectorWord(ws[0])) {
		return true
	}
	return t.namesAskerFact(clause)
}
