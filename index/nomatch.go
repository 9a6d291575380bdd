package index

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// The no-match decision. Instead of a floor on one score, a small logistic regression weighs several signals
// (wegwijzer.MatchSignals): how much of the question the catalogue knows, how like an example question it is, how
// well the text matches, whether the message has a word of another domain, whether the asker shows they run a
// business, and whether a message that shows no business at all speaks of private life (a tenant's home, a partner,
// a pet, a health insurer, a study loan: nomatch_context.go). Its constants are fitted on the tune splits of the
// evaluation sets and written in nomatch_model.go by
//
//	go run ./cmd/wegwijzer eval --fit-no-match --fit-max-false-no-match 0.011 --cv 5 eval/public.yaml eval/questions.yaml
//
// which prints a cross-validation estimate (folds by source host), the model, and its figures per split. The bound
// 0.011 lets two answered questions of the public tune split and one of the regression set's fall below the
// threshold (the default 0.02 lets four and three); nomatch_model.go says why.

//go:embed data/outofdomain.txt
var outOfDomainList string

// oodWords are the out-of-domain words of data/outofdomain.txt. They stay with the search, not in understand: they
// are data for the no-match decision (the catalogue's domain against others), not words of the language.
var oodWords = func() map[string]bool {
	var b strings.Builder
	for _, line := range strings.Split(outOfDomainList, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			b.WriteString(line + " ")
		}
	}
	return setOf(b.String())
}()

// oodPhrases counts the entries of two or three words of data/outofdomain.txt in ws (words of a question,
// stopwords included). A phrase about someone in one's life ("mijn baas", "mijn kind") does not count when the
// question is about taking over or succeeding in a business ("de praktijk van mijn baas overnemen"), or about
// starting one ("naast mijn baan een bedrijf beginnen, moet ik het mijn werkgever vertellen?"): those are an
// entrepreneur's questions, and an employer, a job or a partner is part of the story. So is a landlord beside a
// business's premises ("mijn verhuurder wil de huur van mijn bedrijfsruimte verhogen").
func oodPhrases(ws []string) int {
	n := 0
	ownBusiness := -1 // whether the question is about a business of one's own: 0 no, 1 yes, -1 not yet read
	var buf [64]byte  // a phrase looked up without making a string of it
	for i := 0; i+1 < len(ws); i++ {
		if !oodFirst[ws[i]] {
			continue // no phrase of the list starts with it
		}
		if understand.IsPossessive(ws[i]) {
			if ownBusiness < 0 {
				ownBusiness = 0
				if slices.ContainsFunc(ws, func(w string) bool { return understand.IsChangeOfHands(w) || understand.IsBusinessPremises(w) }) || understand.StartOf(ws).Starts() {
					ownBusiness = 1
				}
			}
			if ownBusiness == 1 {
				continue
			}
		}
		two := append(append(append(buf[:0], ws[i]...), '_'), ws[i+1]...)
		if oodWords[string(two)] || i+2 < len(ws) && oodWords[string(append(append(two, '_'), ws[i+2]...))] {
			n++
			continue
		}
		// One word may stand between a possessive and its noun: "mijn vorige werkgever", "my former landlord".
		if understand.IsPossessive(ws[i]) && i+2 < len(ws) && !stopwords[ws[i+1]] && oodWords[string(append(append(append(buf[:0], ws[i]...), '_'), ws[i+2]...))] {
			n++
		}
	}
	return n
}

// oodFirst are the first words of the phrases of data/outofdomain.txt.
var oodFirst = func() map[string]bool {
	out := map[string]bool{}
	for w := range oodWords {
		if first, _, phrase := strings.Cut(w, "_"); phrase {
			out[first] = true
		}
	}
	return out
}()

// outOfDomain reports whether a word of a question belongs to another domain: it is on the list, or it is an
// unknown compound ending in a listed word of 5 letters or more ("zomervakantie"). A word that names an offer,
// a sector or a theme never counts.
func (ix *Index) outOfDomain(w string) bool {
	if ix.isSalient(w) {
		return false
	}
	st := ix.stem(w)
	if _, ok := ix.sectors[st]; ok {
		return false
	}
	if _, ok := ix.themes[st]; ok {
		return false
	}
	if oodWords[w] {
		return true
	}
	if len(w) < 8 || ix.known(w) {
		return false
	}
	for i := 3; i <= len(w)-5; i++ {
		if oodWords[w[i:]] {
			return true
		}
	}
	return false
}

// NoMatchModel decides whether the catalogue answers a question: the probability is the logistic function of
// Bias plus the weighted features of the signals; below Threshold the answer is no_match.
type NoMatchModel struct {
	Bias      float64
	Weights   [numFeatures]float64
	Threshold float64
}

// The features, in the order of NoMatchModel.Weights. Fewer than the signals: the margin between the first and
// second offer and whether a word names an offer added nothing in cross-validation by source (BENCHMARKS.md).
const numFeatures = 6

// FeatureNames names the features, for the fitting command.
var FeatureNames = [numFeatures]string{"coverage", "question", "log1p(text)", "other_domain_or_private_asker", "business", "private_life>0"}

// Features returns the model's inputs for the signals.
func Features(s wegwijzer.MatchSignals) [numFeatures]float64 {
	other := 0.0
	if s.OutOfDomainWords > 0 || s.PrivateAsker > 0 {
		// One word from another domain says much; how many of them says little more. A private person asking (an
		// employee, a tenant, a student: nomatch_perspective.go) says the same as the list's phrases of who asks
		// ("mijn werkgever", "as an employee"), read from the grammar of the message.
		other = 1
	}
	business := 0.0
	if s.Business {
		business = 1
	}
	private := 0.0
	if s.PrivateLife > 0 {
		private = 1 // words of private life in a message that shows no business (PrivateLife is 0 when it shows one)
	}
	return [numFeatures]float64{s.Coverage, s.Question, math.Log1p(s.Text), other, business, private}
}

// Probability returns the model's probability that the catalogue answers the question.
func (m NoMatchModel) Probability(s wegwijzer.MatchSignals) float64 {
	z := m.Bias
	for i, x := range Features(s) {
		z += m.Weights[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// GoSource returns the model as the Go declaration nomatch_model.go holds.
func (m NoMatchModel) GoSource() string {
	var b strings.Builder
	b.WriteString("var noMatchModel = NoMatchModel{\n")
	fmt.Fprintf(&b, "\tBias: %.4f,\n\tWeights: [numFeatures]float64{", m.Bias)
	for i, w := range m.Weights {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.4f", w)
	}
	b.WriteString("}, // ")
	b.WriteString(strings.Join(FeatureNames[:], ", "))
	fmt.Fprintf(&b, "\n\tThreshold: %.4f,\n}\n", m.Threshold)
	return b.String()
}

// outOfDomainIn counts the out-of-domain words and phrases of a whole message, its context sentences included:
// who is asking ("my landlord", "mijn werkgever") is often said before the question.
func (ix *Index) outOfDomainIn(ws []string) int {
	used := ix.placeWords(ws)
	// The trade of a business one starts is no other domain: "a dog grooming business" is a business.
	if st := understand.StartOf(ws); st.Starts() {
		for _, p := range append(st.Trade, st.What) {
			used[p] = true
		}
	}
	n := oodPhrases(ws)
	for i, w := range ws {
		if !used[i] && !stopwords[w] && !generic[w] && ix.outOfDomain(w) {
			n++
		}
	}
	return n
}
