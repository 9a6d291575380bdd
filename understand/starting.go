package understand

import (
	"slices"
	"strings"
)

// Starting a business of one's own is the question entrepreneurs ask most, in every trade: "ik wil een
// dierenwinkel beginnen", "I want to open a tattoo shop", "ik wil voor mezelf beginnen als fietsenmaker". It is read
// from the words of starting and of a business in general, never from a list of trades: a compound is a business
// by its head ("dierenwinkel" by "winkel", "schoonmaakbedrijf" by "bedrijf"), an English noun by its last word ("a
// dog grooming business").

var (
	startVerbs     = set(nlStartVerbs + " " + enStartVerbs)
	businessHeads  = set(nlBusinessHeads + " " + enBusinessHeads)
	compoundHeads  = set(nlCompoundHeads)
	noBusiness     = set(nlNoBusiness)
	businessModify = set(enBusinessModifier)
	startSelf      = set(nlSelfWords + " " + enSelfWords)
	becomeVerbs    = set(nlBecomeVerbs + " " + enBecomeVerbs)
	becomeSelf     = set(nlBecomeSelf + " " + enBecomeSelf)
	employedBefore = set(nlEmployedBefore + " " + enEmployedBefore)
	jobWords       = set(nlJobWords + " " + enJobWords)
	asWords        = set(`als as`)
	// definite are the determiners of a business that exists: the asker's own ("mijn winkel openen op zondag") or
	// one named before ("de zaak"). "Eigen"/"own" after them makes it one still to start ("mijn eigen zaak").
	definite = set(`mijn m'n mn onze ons zijn haar hun de het die deze dat dit my our his her their the this that`)
	ownWords = set(`eigen own`)
)

// startWindow is how many words may stand between a verb of starting and the business it starts ("een eigen
// kleine dierenwinkel in Zwolle beginnen").
const startWindow = 5

// Start is where a message says that the asker starts a business (StartOf): positions in its words.
type Start struct {
	// Verb are the words of starting or becoming ("beginnen", "set up", "worden"); empty when nothing is started.
	Verb []int
	// What is the business started or what the asker becomes ("dierenwinkel", "business", "zzp", "hovenier").
	What int
	// Trade are the words of the business's noun phrase before it, without its determiner: the trade, the size
	// ("kleine", "dog grooming" of "a small dog grooming business"). The catalogue need not know them.
	Trade []int
}

// Starts reports whether the message starts a business.
func (s Start) Starts() bool { return len(s.Verb) > 0 }

// At returns all its positions, in order.
func (s Start) At() []int {
	if !s.Starts() {
		return nil
	}
	at := append(slices.Clone(s.Verb), s.What)
	at = append(at, s.Trade...)
	slices.Sort(at)
	return slices.Compact(at)
}

// IsStartVerb reports whether w (lower case) is a verb of starting something ("beginnen", "opzetten", "open",
// "launch"). Alone it starts anything; StartOf reads whether it starts a business.
func IsStartVerb(w string) bool { return startVerbs[w] }

// StartOf returns the positions in ws (the lower-case words of a message, as Message.Plain or Search split
// them) of the words by which the asker says they start a business of their own, or nil when they say no such
// thing. It reads:
//   - a verb of starting near a business, whatever its trade: "een dierenwinkel beginnen", "ik zet een bedrijf op",
//     "I want to open a tattoo shop", "set up a cleaning company"; not a business the asker works at ("ik begin
//     bij een schoonmaakbedrijf"), has ("mijn winkel openen op zondag") or adds ("een tweede zaak openen"), nor a
//     business word that describes something else ("open a business account");
//   - starting for oneself: "voor mezelf beginnen", "start on my own";
//   - becoming one's own boss: "zzp'er worden", "eigen baas worden", "become self-employed", "go freelance";
//   - starting as someone of a trade: "beginnen als hovenier", "start as a photographer", not as an employee
//     ("ik begin als stagiair", "start as a cook at a hotel").
//
// The zero Start says that nothing is started.
func StartOf(ws []string) Start {
	for i, w := range ws {
		if becomeVerbs[w] {
			if k := becomesSelf(ws, i); k >= 0 {
				return Start{Verb: []int{i}, What: k}
			}
		}
		if freelancesAt(ws, i) {
			return Start{Verb: []int{i}, What: i}
		}
		if !startVerb(ws, i) {
			continue
		}
		verb, end := []int{i}, i // the verb's last word: "up" of "set up"
		if i+1 < len(ws) && ws[i+1] == "up" {
			verb, end = []int{i, i + 1}, i+1
		}
		for j := max(0, i-startWindow); j < min(len(ws), end+startWindow+1); j++ {
			if j != i && j != end && isBusinessAt(ws, j) {
				if trade, ok := newBusiness(ws, end, j); ok {
					return Start{Verb: verb, What: j, Trade: trade}
				}
			}
		}
		for j := max(0, i-3); j < min(len(ws), i+4); j++ {
			if startsForSelf(ws, j) {
				return Start{Verb: verb, What: j}
			}
		}
		if k := startsAs(ws, i); k >= 0 {
			return Start{Verb: verb, What: k}
		}
	}
	return Start{}
}

// startVerb reports whether ws[i] is a verb of starting: not a noun after an article ("de start van", "an open
// call"), and "set" only in "set up".
func startVerb(ws []string, i int) bool {
	w := ws[i]
	if (w == "set" || w == "setting") && i+1 < len(ws) && ws[i+1] == "up" {
		return true
	}
	return startVerbs[w] && (i == 0 || !determiners[ws[i-1]])
}

// isBusinessAt reports whether ws[j] names a business: a business word, or a compound whose head is one
// ("dierenwinkel", "kapsalon"), and in English not a word before the noun it describes ("a business plan").
func isBusinessAt(ws []string, j int) bool {
	w := ws[j]
	if noBusiness[w] || j+1 < len(ws) && businessModify[ws[j+1]] {
		return false
	}
	for _, w := range append([]string{w}, diminished(w)...) {
		if noBusiness[w] { // "partytentje"
			continue
		}
		if businessHeads[w] {
			return true
		}
		for _, heads := range []map[string]bool{businessHeads, compoundHeads} {
			for head := range heads {
				if len(w) >= len(head)+3 && strings.HasSuffix(w, head) {
					return true
				}
			}
		}
	}
	return false
}

// diminished returns what a Dutch diminutive may be the diminutive of ("koffietentje": "koffietent", "winkeltje":
// "winkel", "barretje": "bar"): a small business is still a business ("ik begin een koffietentje" got no_match).
func diminished(w string) []string {
	var out []string
	for _, suf := range []string{"etje", "tje", "pje", "je"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			out = append(out, base)
			if suf == "etje" && len(base) >= 4 && base[len(base)-1] == base[len(base)-2] {
				out = append(out, base[:len(base)-1]) // "barretje": "bar"
			}
		}
	}
	return out
}

// newBusiness reports whether the business at ws[j], near the verb at ws[i], is one the asker starts: not one
// they have or that is named before ("mijn winkel", "de zaak", unless "mijn eigen zaak"), nor one more ("een tweede
// zaak"), nor one they work at or that belongs to something else ("bij een bedrijf", "for a company", "de open dag
// van een bedrijf").
func newBusiness(ws []string, i, j int) (trade []int, ok bool) {
	lo := max(0, j-4)
	if i < j {
		lo = max(lo, i+1)
	}
	start := j // the first word of the business's noun phrase: its determiner, if any
	for k := j - 1; k >= lo; k-- {
		if determiners[ws[k]] || definite[ws[k]] {
			start = k
			if !ownWords[ws[k]] {
				break
			}
		}
	}
	between := ws[start:j]
	if definite[ws[start]] && !slices.ContainsFunc(between, func(w string) bool { return ownWords[w] }) {
		return nil, false
	}
	if slices.ContainsFunc(between, func(w string) bool { return expansionWords[w] }) {
		return nil, false
	}
	if start > 0 && employedBefore[ws[start-1]] && start-1 != i {
		return nil, false
	}
	for k := start; k < j; k++ {
		if !ownWords[ws[k]] && !determiners[ws[k]] && !definite[ws[k]] {
			trade = append(trade, k)
		}
	}
	return trade, true
}

// startsForSelf reports whether ws[j] says that one starts for oneself: "voor mezelf", "for myself", "on my own"
// (at the end or before a function word: not "on my own premises").
func startsForSelf(ws []string, j int) bool {
	w := ws[j]
	if w == "own" {
		return j >= 2 && ws[j-2] == "on" && (j+1 == len(ws) || functionWords[ws[j+1]])
	}
	return startSelf[w] && j > 0 && (ws[j-1] == "voor" || ws[j-1] == "for")
}

// becomesSelf returns the position of what one becomes in "zzp'er worden", "eigen baas worden", "become
// self-employed", "go freelance": a verb of becoming at ws[i] with what one becomes by starting a business beside
// it, only articles and pronouns between; or -1.
func becomesSelf(ws []string, i int) int {
	self := func(k int) bool {
		w := ws[k]
		switch {
		case w == "baas" || w == "boss":
			return k > 0 && ownWords[ws[k-1]]
		case w == "employed":
			return k > 0 && ws[k-1] == "self"
		case w == "zzp" || w == "zzper" || w == "zzp'er":
			return true
		}
		return becomeSelf[w]
	}
	gap := 2
	if ws[i] == "go" || ws[i] == "going" || ws[i] == "turn" {
		gap = 0 // "go freelance", not "going to hire a freelancer"
	}
	for k := max(0, i-gap-1); k < min(len(ws), i+gap+2); k++ {
		if k == i || !self(k) {
			continue
		}
		lo, hi := min(i, k), max(i, k)
		if slices.ContainsFunc(ws[lo+1:hi], func(w string) bool { return !fillerOfBecoming(w) }) {
			continue
		}
		return k
	}
	return -1
}

// fillerOfBecoming may stand between a verb of becoming and what one becomes ("word ik zzp'er", "become a
// freelancer", "eigen baas", "zelfstandig ondernemer", "zzp'er" split as "zzp er").
func fillerOfBecoming(w string) bool {
	switch w {
	case "een", "a", "an", "ik", "je", "we", "i", "my", "mijn", "eigen", "own", "zelfstandig", "self", "er", "to", "be":
		return true
	}
	return false
}

// startsAs returns the position of the trade in starting "als <beroep>" around the verb at ws[i] ("beginnen als
// hovenier", "als fotograaf starten", "start as a freelance translator"), or -1: the word after "als" is no function
// word ("als ik begin") and no job ("als stagiair"), and no employer follows ("als kok bij een hotel").
func startsAs(ws []string, i int) int {
	for _, a := range []int{i + 1, i + 2, i - 2, i - 3} {
		if a < 0 || a >= len(ws) || !asWords[ws[a]] {
			continue
		}
		k := a + 1
		for k < len(ws) && (ws[k] == "een" || ws[k] == "a" || ws[k] == "an" || ws[k] == "zelfstandig" || ws[k] == "zelfstandige" || ws[k] == "freelance") {
			k++
		}
		if k >= len(ws) || k == i || len(ws[k]) < 3 || functionWords[ws[k]] || startVerbs[ws[k]] || jobWords[ws[k]] {
			continue
		}
		after := ws[k+1 : min(len(ws), k+5)]
		if slices.ContainsFunc(after, func(w string) bool { return jobWords[w] || w == "bij" || w == "at" || w == "for" }) {
			continue
		}
		return k
	}
	return -1
}

// freelancesAt reports whether ws[i] is "freelance" as a verb: working for oneself is being self-employed ("what
// visa do I need to freelance", "I want to start freelancing"), not the adjective of "a freelance designer".
func freelancesAt(ws []string, i int) bool {
	switch ws[i] {
	case "freelancing":
		return i+1 == len(ws) || !businessHeads[ws[i+1]]
	case "freelance":
		return i > 0 && ws[i-1] == "to" && (i+1 == len(ws) || functionWords[ws[i+1]])
	}
	return false
}
