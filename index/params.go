package index

// The hand-set constants of the search, in one place. Each was set by measurement on the tune splits of the
// evaluation sets (go run ./cmd/wegwijzer eval eval/public.yaml eval/questions.yaml); none was set by looking at a
// holdout. The no-match decision is not here: it is a fitted model (nomatch_model.go).

// Field weights of the text match: the names of an offer (title, aliases, keywords) count most.
var fieldBoosts = []struct {
	name  string
	boost float64
}{
	{"names", 3}, {"text", 1}, {"questions", questionsField},
}

// questionsField is the weight of the example questions, all together, in the text match.
const questionsField = 1.0

// Weights of the ways a question word reaches the catalogue.
const (
	boostExact     = 1.0
	boostCorrect   = 0.8  // a corrected typo: a guess, not what was written
	boostPart      = 0.6  // a part of a compound word ("waterstof" of "waterstofmotoren")
	boostSynonym   = 0.6  // a word a synonym means
	boostGeneric   = 0.3  // a word that says the question is about support, not about what ("subsidie")
	boostSector    = 0.3  // a word that names the asker's sector ("bakkerij"): it filters more than it searches
	boostTheme     = 0.85 // a word that only names a theme ("verduurzamen"): broad, many offers share it
	boostSize      = 0.3  // a word that only names a company size ("zzp", "mkb")
	creditCorrect  = 0.5  // a corrected typo counts half towards coverage
	creditHeadOnly = 0.3  // a compound of which only the head is known ("schoonmoeder") is mostly unknown
)

// Factors on an offer's score from what is known about the asker and the question.
const (
	kindBoost        = 1.3 // the offer is the sort of help asked for ("lening", "verplicht")
	topicBoost       = 1.3 // the offer is on a topic the question names
	themeBoost       = 1.3 // the offer is in a theme the question or the dialogue names
	regionalBoost    = 2.0 // a regional offer in the asker's region: close by first (the action agenda's hubs)
	sectorBoost      = 1.2 // an offer for the asker's sector
	otherSector      = 0.5 // an offer for other sectors only
	otherSize        = 0.3 // an offer for other company sizes only
	otherLegalForm   = 0.3 // a fiscal scheme for the other legal-form class only (income tax or corporate tax)
	otherNationality = 0.3 // a permit for people from outside the EU, asked about someone from inside it, or by no one from abroad
	otherAudience    = 0.3 // an offer for people on a benefit, asked by no one who says so (nor about money trouble)
	otherTrouble     = 0.6 // an offer for a business that cannot pay, asked by no one who says so (nor in that theme)
	otherPurpose     = 0.6 // money for a purpose (innovation, export, digital) for a question for a loan alone
	ownNationality   = 1.5 // a permit for people from outside the EU, asked by a starter from abroad
	starterMoney     = 1.5 // a loan for starters, asked by a starter who asks for money
	starterLoanTerm  = 0.3 // the boost of "lening" searched for a starter who asks for money without naming a loan
	closedFactor     = 0.6 // a scheme that has ended: shown with what replaces it, below open ones
	provinceUnknown  = 0.6 // a province's offer for an asker whose region is unknown
	regionUnknown    = 0.45
	communityUnknown = 0.25 // one municipality of 342
)

// Fusion of the text match with the example-question match (fusion.go).
const (
	rrfK           = 10   // reciprocal rank fusion: 1/(rrfK+rank)
	questionWeight = 0.5  // weighted fusion: share of the example-question similarity in the score
	relativeCut    = 0.15 // results below this share of the best score are not shown
	// A question answered with a confidence less than this above the no-match threshold is Unsure: on the public
	// tune split every off-topic question answered so was, and no on-topic one (2026-12-07: 4 and 0; the next
	// 0.05 held 3 off-topic and 12 on-topic).
	unsureMargin = 0.05
	strayShare   = 0.5 // a result found through one word the first result does not match, below this share (stray)
)

// Reviewed links and curated answers.
const (
	minLinkSim     = 0.5 // a reviewed link counts for questions at least this similar (Dice of content terms)
	linkLift       = 2.0 // a linked offer's score is multiplied by 1 + linkLift*similarity
	minAnswerSim   = 0.6 // an answer's pattern at least this similar (Dice) brings the answer
	minAnswerQuery = 0.7 // an answer's example question at least this similar (cosine) brings the answer
	// An answer's example question at least minAnswerLoose similar, and minAnswerLead more similar than any
	// offer's, brings the answer to an on-topic question.
	minAnswerLoose = 0.5
	// gapContained is the score of a known gap whose pattern the question holds whole (answers.go): below
	// minAnswerQuery: above an answer brought by a loose example likeness, below one whose example or pattern is close.
	gapContained = 0.69
	// wholePattern is the score of a curated answer whose pattern of two or more words an on-topic question holds
	// whole (answers.go): as a loose example likeness, below an answer whose example or pattern is close.
	wholePattern  = 0.5
	minAnswerLead = 0.2
)

// Cost bounds of one search.
const (
	maxTerms     = 8    // the terms with the most weight times rarity are searched
	commonShare  = 0.3  // a term in more than this share of offers says too little; searched only when alone
	maxPostings  = 500  // beyond the three most telling terms, a term in more offers than this is not searched
	maxQPostings = 5000 // a term in more example questions than this is not used for question similarity
	// maxQuestionOwners is the number of offers the example-question match hands to the fusion: the most similar.
	maxQuestionOwners = 50
)

// Names of several words (phrases.go). Set on the tune splits (2026-12-07): a word alone at 0.25 to 0.67 of its
// weight, specific in the names of at most 2 to 5 offers; 0.5 and 4 kept the most (below 0.5 English questions lost
// the offer whose English keyword they share a word with; at 2 and 3 "permit" was weak, and "who needs a
// self-employment permit" lost the start-up permit). A gap of 1 or 2 scored the same; 2 keeps "hire a software
// developer from India" the knowledge migrant's "personeel uit het buitenland".
const (
	weakName       = 0.5 // a word of a longer name that is not specific, alone, weighs this share of a name's word
	phraseGap      = 2   // words other than stopwords that may stand between those of a name ("loan for our new innovation project")
	specificNameDF = 4   // a word of a longer name in the names of at most this many offers names it alone
)
