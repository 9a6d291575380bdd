package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Phrases read in context: a phrase split by a clause of its own, the words a synonym phrase needs, the verb forms
// the answers' patterns are written in, and words their neighbours give a sense (staff sought, software built, a
// bike, a list of scopes). A business handed over, resigning, idioms and verbs that are no nouns: senses.go.

// splitByClause reports whether the words of a phrase at these positions are split by a subject or a verb of
// their own (English word order: "my partner wants to leave" is a partner who leaves, not "partner leave"; "the
// company will sell shares" is no "company sell"). Function words may stand between them ("sell my company").
func splitByClause(ws []string, at []int) bool {
	for k := 1; k < len(at); k++ {
		for _, w := range ws[at[k-1]+1 : at[k]] {
			if understand.IsClauseWord(w) {
				return true
			}
		}
	}
	return false
}

// hasNeeds reports whether a question with these word stems has the needs of a synonym phrase of these words;
// business holds the preposition each business word of the question follows (needBusiness).
func hasNeeds(stems, needs, business, phrase []string) bool {
	if i := slices.Index(needs, needGeneric); i >= 0 {
		if !slices.ContainsFunc(stems, func(s string) bool { return generic[s] }) {
			return false
		}
		needs = slices.Delete(slices.Clone(needs), i, i+1)
	}
	for i, n := range needs {
		if n == needBusiness {
			if !slices.ContainsFunc(business, func(p string) bool { return p == "" || slices.Contains(phrase, p) }) {
				return false
			}
			return hasAll(stems, slices.Delete(slices.Clone(needs), i, i+1))
		}
	}
	return hasAll(stems, needs)
}

// governing returns the preposition that the word at i follows, over determiners ("via mijn webshop": "via"),
// or "". "van" and "of" are left out: "de verkoop van mijn zaak" is about the business.
func governing(ws []string, i int) string {
	j := i - 1
	for j >= 0 && understand.IsDeterminer(ws[j]) {
		j--
	}
	if j >= 0 && prepositions[ws[j]] {
		return ws[j]
	}
	return ""
}

// hasAll reports whether have holds every one of want, or a form of it: the stemmer leaves stopwords as they
// are, so "word" and "wordt" are forms of "worden" (one starts the other, in at least three letters). A negating
// word must be there as it is: "can" is no form of "cannot" ("can I pay tax?" was the phrase "cannot pay tax").
func hasAll(have, want []string) bool {
	for _, w := range want {
		if understand.IsNegating(w) && !slices.Contains(have, w) {
			return false
		}
		if !slices.ContainsFunc(have, func(h string) bool { return sameForm(h, w) }) {
			return false
		}
	}
	return true
}

func sameForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 3 && strings.HasPrefix(b, a)
}

// patternVerb returns, for a Dutch verb form ending in -t whose form without it an answer's pattern has as an
// infinitive ("neemt": "personeel in dienst nemen"), that form; else w. The stemmer leaves the -t on ("neemt"
// stays, "nemen" becomes "nem"), so the pattern missed the question by one word. Only the words compared with the
// patterns change: as a search term the shorter form found more wrong offers than right ones.
func (ix *Index) patternVerb(lang understand.Lang, w string) string {
	if lang == understand.EN || len(w) < 5 || !strings.HasSuffix(w, "t") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "tt") {
		return w
	}
	v := w[:len(w)-1]
	st := ix.stem(v)
	if st == ix.stem(w) || len(ix.patternsByTerm[st]) == 0 {
		return w
	}
	return v
}

// staffShort reads a shortage of a kind of worker as a shortage of staff, and seeking one as seeking staff: "een tekort aan monteurs", "a shortage
// of mechanics", "ik kan geen chauffeurs vinden", "we can't find truck drivers" ask how to find staff, whatever the
// trade. Read as words, "tekort" found the sectors with shortages of a training scheme, "monteurs" an example
// question about a sick monteur and "truck" the subsidy for trucks. The worker (one or two words) is rewritten in
// ws to "personeel" and the shortage word to "personeelstekort", so that the synonyms and the answers' patterns
// read the staff shortage; a find verb after a negation is read as the shortage word ("geen personeel vinden"). A shortage of anything else stays what it
// is ("een tekort aan geld voor een nieuwe bus" is money). It returns the positions it rewrote.
func (ix *Index) staffShort(ws []string) []int {
	// worker returns the number of words (1 or 2) of the worker that starts at j, or 0.
	worker := func(j int) int {
		if j+1 < len(ws) && ix.workers[ws[j]+" "+ws[j+1]] {
			return 2
		}
		if ix.workers[ws[j]] || understand.IsStaffWord(ws[j]) {
			return 1
		}
		return 0
	}
	// next returns the first word after i that is no joining word ("aan", "of", "goede", "enough").
	next := func(i int) int {
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if !understand.IsShortJoiner(ws[j]) {
				return j
			}
		}
		return -1
	}
	var at []int
	staff := func(j, n int) {
		for k := j; k < j+n; k++ {
			ws[k] = "personeel"
			at = append(at, k)
		}
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case understand.IsShortageWord(w):
			if j := next(i); j > 0 {
				if n := worker(j); n > 0 {
					ws[i] = "personeelstekort"
					at = append(at, i)
					staff(j, n)
					// "een groot tekort", "a severe shortage": how large it is says nothing of what is short, but
					// searched on its own "groot" found the offers for large solar roofs (SDE++) and large loans.
					for k := i - 1; k >= max(0, i-2) && understand.IsShortGrade(ws[k]); k-- {
						ws[k] = "erg"
						at = append(at, k)
					}
				}
			}
		case understand.IsSeekVerb(w) || understand.IsStaffWant(w) && !understand.IsFindVerb(w) || understand.IsFindVerb(w) && seeksByFinding(ws, i):
			// Needing, hiring or asking how to find a kind of worker is seeking one too: "we need chefs", "aannemen
			// 3 koks" (of "neem 3 koks aan"), "wij hebben koks nodig", "hiring drivers", "hoe vind ik nieuwe
			// medewerkers". Not finding them is a shortage (below).
			// "ik zoek pedagogisch medewerkers", "we zijn op zoek naar koks", "monteurs gezocht": seeking a kind of
			// worker is finding staff. The seek verb is a stopword, so "zoek" was lost and the words of the worker
			// alone found a training answer's example ("... pedagogisch medewerkers bijscholen") and a sick
			// monteur's. The worker is read as "personeel" and the verb stays, so the synonym "personeel zoeken"
			// reads the search for staff.
			if j, n := ix.soughtWorker(ws, i); n > 0 {
				if !understand.IsSeekVerb(w) && understand.IsStaffWant(w) && understand.IsStaffWord(ws[j]) {
					// "personeel aannemen" is the catalogue's phrase of becoming an employer, "hire staff from abroad"
					// its phrase of the knowledge migrant (synonyms): a verb of needing or hiring before staff itself
					// stays as it is.
					break
				}
				ws[i] = "zoek" // "aannemen 3 koks", "we need chefs": seeking staff
				staff(j, n)
				// What kind they are ("ervaren koks", "skilled chefs") is part of the worker, not a search of its
				// own ("ervaren" found the experienced advisers of Ondernemersklankbord).
				for k := i + 1; k < j; k++ {
					if !stopwords[ws[k]] && !understand.IsSeekJoiner(ws[k]) {
						staff(k, 1)
					}
				}
			}
		case understand.IsFindVerb(w):
			// "geen chauffeurs vinden", "kan nergens monteurs krijgen", "we can't find drivers": a negation
			// before the verb, and the worker after it or right before it. A word that says finding is hard
			// ("moeite", "struggling to find") says so too; it is rewritten to the shortage with the worker, or it
			// reads as its own meaning ("struggling" is money trouble).
			neg, hard := false, -1
			for j := max(0, i-6); j < i; j++ {
				neg = neg || understand.IsShortNegation(ws[j])
				if understand.IsHardWord(ws[j]) {
					hard = j
				}
			}
			from := i // the worker is looked for after the verb, or after its negation ("ik vind geen koks")
			if !neg && i+1 < len(ws) && understand.IsShortNegation(ws[i+1]) {
				neg, from = true, i+1
			}
			if !neg && hard < 0 {
				continue
			}
			// Not finding them is a shortage: the verb is read as "personeelstekort", as "tekort" is (a find verb
			// is a stopword, so "ik kan geen personeel vinden" was the word "personeel" alone, and the answer on
			// finding staff, whose own question it is, was not given).
			found := false
			if j := next(from); j > 0 {
				if n := worker(j); n > 0 {
					staff(j, n)
					found = true
				}
			}
			for j := i - 1; !found && j >= max(0, i-3); j-- {
				if n := worker(j); n > 0 && j+n <= i {
					staff(j, n)
					found = true
				}
			}
			if found {
				ws[i] = "personeelstekort"
				at = append(at, i)
				if hard >= 0 {
					ws[hard] = "personeelstekort"
					at = append(at, hard)
				}
			}
		}
	}
	return at
}

// soughtWorker returns the position and the number of words of the worker a seek verb at i seeks, or 0 words:
// the worker after the verb ("zoek koks", "op zoek naar ervaren monteurs"), with at most one word before it that
// the offers do not know ("pedagogisch medewerkers": what kind of worker, read as part of the worker), or, for
// "gezocht", right before the verb ("koks gezocht"). A known word between ("zoek subsidie voor medewerkers", "zoek
// een cursus voor mijn personeel") says that something else is sought.
func (ix *Index) soughtWorker(ws []string, i int) (int, int) {
	worker := func(j int) int {
		if j >= 0 && j < len(ws) && (understand.IsStaffWant(ws[j]) || understand.IsFindVerb(ws[j])) {
			return 0 // "hire hiring": a verb of seeking is not whom it seeks, though "hiring" means staff sought
		}
		if j+1 < len(ws) && ix.workers[ws[j]+" "+ws[j+1]] {
			return 2
		}
		if j >= 0 && j < len(ws) && (ix.workers[ws[j]] || understand.IsStaffWord(ws[j])) {
			return 1
		}
		return 0
	}
	if understand.IsStaffWantAfter(ws[i]) || understand.IsFindVerb(ws[i]) {
		// "koks gezocht", "wij hebben 4 koks nodig", "chefs needed", "waar kan ik goede koks vinden": the worker
		// right before the verb, a number or a joiner between.
		for j := i - 1; j >= max(0, i-3); j-- {
			if n := worker(j); n > 0 && j+n == i || n > 0 && joinedTo(ws, j+n, i) {
				return j, n
			}
		}
		if understand.IsStaffWantAfter(ws[i]) {
			return 0, 0
		}
	}
	j := i + 1
	for j < len(ws) && j <= i+2 && understand.IsSubjectPronoun(ws[j]) {
		j++ // "hoe vind ik nieuwe medewerkers": the subject after the verb
	}
	// How many are sought ("zoek 3 monteurs", "looking for 2 chefs") says nothing of whom: the number is passed
	// like a joiner (it stopped the look, and "monteurs" alone found a sick monteur's pay before finding staff).
	for j < len(ws) && j <= i+4 && (understand.IsShortJoiner(ws[j]) || understand.IsSeekJoiner(ws[j]) || isNumber(ws[j])) {
		j++
	}
	if ws[i] == "looking" && (j == i+1 || !slices.Contains(ws[i+1:j], "for")) {
		return 0, 0 // "looking" seeks only with "for"
	}
	if j >= len(ws) {
		return 0, 0
	}
	if n := worker(j); n > 0 {
		return j, n
	}
	if n := worker(j + 1); n > 0 && ix.namesSector(ws[j]) {
		return j + 1, n // "zoek horeca personeel": the sector stays a sector
	}
	if w := ws[j]; !stopwords[w] && !generic[w] && !isNumber(w) && !ix.isSalient(w) {
		if n := worker(j + 1); n > 0 {
			return j, n + 1
		}
	}
	return 0, 0
}

// joinedTo reports whether only joining words stand between positions a (included) and b of ws: "goede", a number.
func joinedTo(ws []string, a, b int) bool {
	for k := a; k < b; k++ {
		if !understand.IsShortJoiner(ws[k]) && !isNumber(ws[k]) {
			return false
		}
	}
	return true
}

// seeksByFinding reports whether the find verb at i seeks workers rather than says they cannot be found or gives an
// opinion ("ik vind het personeel te duur"): no negation or word of difficulty before it or right after it, and
// a verb of hiring ("hire", "recruit") or a question how or where to find ("hoe vind ik", "waar kan ik ...
// vinden", "how do I find") in its clause.
func seeksByFinding(ws []string, i int) bool {
	for j := max(0, i-6); j <= min(len(ws)-1, i+1); j++ {
		if understand.IsShortNegation(ws[j]) || understand.IsHardWord(ws[j]) {
			return false
		}
	}
	if understand.IsStaffWant(ws[i]) {
		return true
	}
	for j := i - 1; j >= max(0, i-6); j-- {
		if understand.IsClauseBound(ws[j]) {
			return false
		}
		if understand.IsHowWhere(ws[j]) {
			return true
		}
	}
	return false
}

// buildingSoftware reads building software as developing it: "we bouwen een app", "we're building an AI tool",
// "we willen een platform bouwen" are development (the innovation offers), where "bouwen" and "building" alone
// found construction and premises. A build verb with a software word within three words of it, in the same clause,
// is rewritten in ws to "ontwikkelen"; "een loods bouwen" stays construction. It returns the positions it rewrote.
func buildingSoftware(ws []string) []int {
	var at []int
	for i, w := range ws {
		if !understand.IsBuildVerb(w) {
			continue
		}
		for j := max(0, i-3); j <= min(len(ws)-1, i+3); j++ {
			if understand.IsSoftwareWord(ws[j]) && !clauseBetween(ws, min(i, j), max(i, j)) {
				ws[i] = "ontwikkelen"
				at = append(at, i)
				break
			}
		}
	}
	return at
}

// clauseBetween reports whether a clause boundary stands between positions a and b of ws ("en", "maar", "and").
func clauseBetween(ws []string, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if understand.IsClauseBound(ws[k]) {
			return true
		}
	}
	return false
}

// electricBike reads "elektrische" before a bike as part of the bike: "een elektrische bakfiets", "an electric
// cargo bike" are bikes, not electric cars; read as a word, "elektrische" found the company-car tax rule for
// electric cars first. The adjective is rewritten in ws to the bike's first word, so that it searches what the bike
// does. It returns the positions it rewrote.
func (ix *Index) electricBike(ws []string) []int {
	var at []int
	for i := 0; i+1 < len(ws); i++ {
		if !understand.IsElectricWord(ws[i]) {
			continue
		}
		if ix.bikes[ws[i+1]] || i+2 < len(ws) && ix.bikes[ws[i+1]+" "+ws[i+2]] {
			ws[i] = ws[i+1]
			at = append(at, i)
		}
	}
	return at
}

// listedScopes marks the scope words of a message that names two scopes or more ("subsidies: landelijk,
// provinciaal, lokaal, Europees", "national or European grants"): the asker lists where schemes come from, and asks
// which of all of them fits, so no one scope is searched (nor held as a name: "Europese subsidie"). One scope alone
// is searched as any word: "een Europese subsidie voor innovatie", "een provinciale subsidie in Overijssel" (damped,
// it lost the provincial voucher answer to the latter).
func listedScopes(ws []string) []bool {
	out := make([]bool, len(ws))
	seen := map[string]bool{}
	for _, w := range ws {
		if understand.IsScopeWord(w) {
			seen[strings.TrimSuffix(w, "e")] = true // "lokaal" and "lokale" are one scope
		}
	}
	if len(seen) < 2 {
		return out
	}
	for i, w := range ws {
		out[i] = understand.IsScopeWord(w)
	}
	return out
}
