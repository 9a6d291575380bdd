package understand

import "strings"

// English words, for the same purposes as lexicon_nl.go.

var englishWords = set(`i i'm my we our you your the a an is are to for of and with how what where which can could
should would want need hire grant grants subsidy loan funding company business employee employees staff
start starting apprentice please do does get small energy solar sustainable green export hello hi thanks
who when why there this that it from about any find looking don't actually meant`)

var enAskWords = `how what where which who when why can could should may must want need looking help advice
grant grants subsidy`

var enCorrectionCues = []string{"no actually", "actually i", "actually we", "actually it", "i meant", "i mean",
	"sorry i meant", "correction"}

var enNegationCues = `not no without except excluding outside`

var enNegationPhrases = []string{"don't want", "dont want", "do not want", "don't need", "dont need",
	"do not need", "rather not", "other than"}

var enLackVerbs = `find get can can't cannot cant pay pays paid know understand seem seems work works`
var enHaveVerbs = `have has had`
var enNotNegatable = `only just sure really yet`
var enFillers = `a an the for to with at of in on any`
var enJoiners = `or`
var enBoundaries = `but because so also though and`
var enPlainNegations = `not no`
var enSizeWords = `staff employees employee personnel people workers`

// The merged lists the code uses: a message may mix the languages.
var (
	askWords        = set(nlAskWords + " " + enAskWords)
	correctionCues  = append(append([]string{}, nlCorrectionCues...), enCorrectionCues...)
	negationCues    = set(nlNegationCues + " " + enNegationCues)
	negationPhrases = phrases(enNegationPhrases)
	lackVerbs       = set(nlLackVerbs + " " + enLackVerbs)
	haveVerbs       = set(nlHaveVerbs + " " + enHaveVerbs)
	notNegatable    = set(nlNotNegatable + " " + enNotNegatable)
	fillers         = set(nlFillers + " " + enFillers)
	joiners         = set(nlJoiners + " " + enJoiners)
	boundaries      = set(nlBoundaries + " " + enBoundaries)
	sizeWords       = set(nlSizeWords + " " + enSizeWords)
	plainNegations  = set(nlPlainNegations + " " + enPlainNegations)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func phrases(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = words(p)
	}
	return out
}
