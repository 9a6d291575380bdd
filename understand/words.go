package understand

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Words of the language that the dialogue and the search both read by. Each list is behind a function, so that no
// caller can change it.

var (
	possessives    = set(nlPossessives + " " + enPossessives)
	takeOverVerbs  = set(nlTakeOverVerbs)
	changeOfHands  = set(nlTakeOverVerbs + " " + nlChangeOfHands + " " + enChangeOfHands)
	staffWords     = set(nlStaffWords + " " + enStaffWords)
	shortageWords  = set(nlShortageWords + " " + enShortageWords)
	findVerbs      = set(nlFindVerbs + " " + enFindVerbs)
	hardWords      = set(nlHardWords + " " + enHardWords)
	negatedModals  = set(enNegatedModals)
	buildVerbs     = set(nlBuildVerbs + " " + enBuildVerbs)
	softwareWords  = set(nlSoftwareWords + " " + enSoftwareWords)
	selfEmployed   = set(nlSelfEmployed + " " + enSelfEmployed)
	onePerson      = set(nlOnePersonWords + " " + enOnePersonWords)
	numberWords    = set(nlNumberWords + " " + enNumberWords)
	moneyWords     = set(nlMoneyWords + " " + enMoneyWords)
	supportWords   = set(nlMoneyWords + " " + enMoneyWords + " " + nlSupportWords + " " + enSupportWords)
	grantWords     = set(nlGrantWords + " " + enGrantWords)
	interestWords  = set(nlInterestWords + " " + enInterestWords)
	freeWords      = set(nlFreeWords + " " + enFreeWords)
	costWords      = set(nlCostWords + " " + enCostWords + " " + nlFreeWords + " " + enFreeWords + " " + nlInterestWords + " " + enInterestWords)
	receiveWords   = set(nlReceiveWords + " " + enReceiveWords)
	personPronouns = set(nlPersonPronouns + " " + enPersonPronouns)
	optionWords    = set(nlOptionWords + " " + enOptionWords)
	groupCounts    = counts(nlGroupCounts)
	personWords    = set(nlPersonWords + " " + enPersonWords)
	machineWords   = set(nlMachineWords + " " + enMachineWords)
	adviceWords    = set(nlAdviceWords + " " + enAdviceWords)
	determiners    = set(nlDeterminers + " " + enDeterminers)
	definites      = set(nlDefiniteArticles + " " + enDefiniteArticles)
	whyWords       = set(nlWhyWords + " " + enWhyWords)
	questionWords  = set(nlQuestionWords + " " + enQuestionWords)
	questionFill   = set(nlQuestionFiller + " " + enQuestionFiller)
	wishWords      = set(nlWishWords + " " + enWishWords)
	placeVerbs     = set(nlResidenceVerbs + " " + nlPlaceWords + " " + enResidenceVerbs + " " + enPlaceWords)
	askerFiller    = set(nlResidenceVerbs + " " + nlAskerFiller + " " + enResidenceVerbs + " " + enAskerFiller)
	forWhomFill    = set(nlForWhomFiller + " " + enForWhomFiller)
	partingGreets  = set(nlPartingGreetings)
	broadAims      = set(nlBroadAims + " " + enBroadAims)
	businessNouns  = set(nlBusinessNouns + " " + enBusinessNouns)
	companyNouns   = set(nlCompanyNouns + " " + enCompanyNouns)
	businessKinds  = set(nlBusinessKinds + " " + enBusinessKinds)
	expansionWords = set(nlExpansionWords + " " + enExpansionWords)
	openVerbs      = set(nlOpenVerbs + " " + enOpenVerbs)
	premisesNouns  = set(nlPremisesNouns + " " + enPremisesNouns)
	sizeAdjectives = set(nlSizeAdjectives + " " + enSizeAdjectives)
	sizeAlone      = merge(nlSizeAlone, enSizeAlone)
)

func merge(a, b map[string]string) map[string]string {
	m := make(map[string]string, len(a)+len(b))
	maps.Copy(m, a)
	maps.Copy(m, b)
	return m
}

// IsDeterminer reports whether w (lower case) stands before a noun: an article, a possessive, a demonstrative
// ("de", "mijn", "deze", "eigen", "the", "own").
func IsDeterminer(w string) bool { return determiners[w] }

// IsDefiniteArticle reports whether w (lower case) is a definite article or a demonstrative that points at someone
// known ("de", "het", "die", "the"): "en de notaris?" asks about a notary, "ik ben notaris" says who asks.
func IsDefiniteArticle(w string) bool { return definites[w] }

// IsWhyWord reports whether w (lower case) asks why ("waarom", "why").
func IsWhyWord(w string) bool { return whyWords[w] }

// IsPossessive reports whether w (lower case) says that something is the asker's ("mijn", "onze", "my", "our").
func IsPossessive(w string) bool { return possessives[w] }

// IsTakeOverVerb reports whether w (lower case) is a Dutch form of taking a business over ("overnemen",
// "overgenomen"), after JoinSeparable.
func IsTakeOverVerb(w string) bool { return takeOverVerbs[w] }

// IsChangeOfHands reports whether w (lower case) says that a business changes hands, either way: taken over, handed
// over or succeeded ("overname", "opvolger", "overdracht", "takeover", "succession").
func IsChangeOfHands(w string) bool { return changeOfHands[w] }

// HeadcountNouns are the words that count a company's people after a number ("12 medewerkers", "5 monteurs", "8
// drivers"), longest first so that a pattern made of them takes the whole word.
func HeadcountNouns() []string {
	ns := strings.Fields(nlHeadcountNouns + " " + enHeadcountNouns)
	slices.SortStableFunc(ns, func(a, b string) int { return len(b) - len(a) })
	return slices.Compact(ns)
}

// IsStaffWord reports whether w (lower case) names a company's staff as a whole ("personeel", "medewerkers",
// "employees"): "zonder personeel" makes a one-person business.
func IsStaffWord(w string) bool { return staffWords[w] }

// IsShortageWord reports whether w (lower case) says that something is short ("tekort", "gebrek", "shortage"):
// followed by a kind of worker it says that staff is short.
func IsShortageWord(w string) bool { return shortageWords[w] }

// IsFindVerb reports whether w (lower case) finds or gets someone ("vinden", "krijg", "find", "hire"): "geen
// chauffeurs vinden" says that staff is short.
func IsFindVerb(w string) bool { return findVerbs[w] }

// IsNegating reports whether w (lower case) negates what follows: a plain negation ("niet", "geen", "not",
// "no") or a modal that cannot ("cannot", "unable"). In a phrase ("belasting niet betalen", "cannot pay tax") it
// is what the phrase says, not a word to leave out.
func IsNegating(w string) bool { return plainNegations[w] || negatedModals[w] }

// IsHardWord reports whether w (lower case) says that something is hard to do ("moeite", "lastig", "struggling",
// "hard"): before a find verb and a kind of worker it says that staff is short.
func IsHardWord(w string) bool { return hardWords[w] }

// IsBuildVerb reports whether w (lower case) builds something ("bouwen", "building"): a building, or software
// when a software word is near.
func IsBuildVerb(w string) bool { return buildVerbs[w] }

// IsSoftwareWord reports whether w (lower case) names software that is built ("app", "software", "ai"): building
// it is development.
func IsSoftwareWord(w string) bool { return softwareWords[w] }

// IsSelfEmployed reports whether w (lower case) says that someone works for themselves, without staff ("zzp'er",
// "zelfstandige", "freelancer").
func IsSelfEmployed(w string) bool { return selfEmployed[w] }

// IsOnePersonWord reports whether w (lower case) says that the asker works alone: the size class zzp ("zzp'er",
// "eenmanszaak", "freelance").
func IsOnePersonWord(w string) bool { return onePerson[w] }

// IsNumberWord reports whether w (lower case) is a number written as a word ("drie", "twenty"), from two up:
// "een" and "one" are read as an article and a pronoun.
func IsNumberWord(w string) bool { return numberWords[w] }

// IsMoneyWord reports whether w (lower case) names money one may ask for ("subsidie", "lening", "funding").
func IsMoneyWord(w string) bool { return moneyWords[w] }

// IsSupportWord reports whether w (lower case) asks for money or for support in general ("steun", "support").
func IsSupportWord(w string) bool { return supportWords[w] }

// IsGrantWord reports whether w (lower case) asks for a grant, not any money ("subsidie", "grant").
func IsGrantWord(w string) bool { return grantWords[w] }

// IsInterestWord reports whether w (lower case) asks for the interest on a loan ("rente", "interest").
func IsInterestWord(w string) bool { return interestWords[w] }

// IsFreeWord reports whether w (lower case) says that something costs nothing ("gratis", "free").
func IsFreeWord(w string) bool { return freeWords[w] }

// IsCostWord reports whether w (lower case) asks what something costs rather than what it gives ("kost", "fee"),
// the interest on a loan included.
func IsCostWord(w string) bool { return costWords[w] }

// AsksIfPerson reports whether a message asks whether the bot is a person ("ben jij een mens?", "am I talking to a
// real person?"); AsksIfMachine whether it is a machine ("is dit een bot?"). "waar haal je je informatie vandaan?"
// asks neither.
func AsksIfPerson(text string) bool {
	return slices.ContainsFunc(words(text), func(w string) bool { return personWords[w] })
}

// AsksIfMachine: see AsksIfPerson.
func AsksIfMachine(text string) bool {
	return slices.ContainsFunc(words(text), func(w string) bool { return machineWords[w] })
}

// IsOptionWord reports whether w (lower case) asks for the choices there are ("opties", "mogelijkheden",
// "options").
func IsOptionWord(w string) bool { return optionWords[w] }

// GroupCount is how many people a word counts in "met z'n vijven" (5), "met ons tweeën" (2), or 0.
func GroupCount(w string) int { return groupCounts[w] }

// IsPersonPronoun reports whether w (lower case) points at a person said before ("hem", "haar", "her").
func IsPersonPronoun(w string) bool { return personPronouns[w] }

// IsReceiveWord reports whether w (lower case) asks what someone gets ("krijg", "ontvangen", "get").
func IsReceiveWord(w string) bool { return receiveWords[w] }

// IsAdviceWord reports whether w (lower case) asks the bot to choose for the asker ("aanraden", "recommend").
func IsAdviceWord(w string) bool { return adviceWords[w] }

// IsQuestionWord reports whether w (lower case) starts a question ("wat", "welke", "kan", "how", "does"): a message
// that opens with one asks, it does not answer the dialogue's question.
func IsQuestionWord(w string) bool { return questionWords[w] }

// IsQuestionFiller reports whether w (lower case) is a word a question leans on the clause before with ("daarvoor",
// "mogelijkheden", "there", "options"): such a question names nothing to search by itself.
func IsQuestionFiller(w string) bool { return questionFill[w] }

// IsWishWord reports whether w (lower case) makes a clause ask, want, weigh a plan or name a trouble ("wil",
// "overweeg", "failliet", "need", "maybe"): "ik ben zzp'er en wil ..." is a wish, "ik ben zzp'er" says who asks.
func IsWishWord(w string) bool { return wishWords[w] }

// IsPlaceVerb reports whether w (lower case) says where the asker is, not what the question is about ("zit",
// "gevestigd", "vlakbij", "based", "near"): "net over de grens" beside a place is no question about trade abroad.
func IsPlaceVerb(w string) bool { return placeVerbs[w] }

// IsAskerFiller reports whether w (lower case) is a word around a fact about the asker ("zitten", "trouwens",
// "vennootschap", "based", "company"): a short message of such words and a fact gives the fact, it asks nothing new.
func IsAskerFiller(w string) bool { return askerFiller[w] }

// IsForWhomFiller reports whether w (lower case) is one of the other words of saying whom a question is for ("voor
// mijn personeel, niet voor mezelf"): such a message names for whom, not a new question.
func IsForWhomFiller(w string) bool { return forWhomFill[w] }

// IsPartingGreeting reports whether w (lower case) greets at leaving as well as at meeting ("dag"): after the
// conversation began it says goodbye.
func IsPartingGreeting(w string) bool { return partingGreets[w] }

// SizeAlone returns the size class ("micro", "klein", "middelgroot", "groot") that w (lower case) gives when it is
// the whole message ("klein", "medium"), or "". Inside a question the word is no size ("een kleine verbouwing"),
// and "klein" alone searched found the answer on terms and conditions.
func SizeAlone(w string) string { return sizeAlone[w] }

// OnlyBroadAim reports whether a message says only where the asker wants to go, not how: its words other than
// function, wish and generic words and the word for the business are a broad aim ("ik wil groeien", "help, we
// willen uitbreiden", "I want to grow my business"), or a second business or place to open ("ik wil een tweede
// zaak openen", "we want to open another location"). Growth can mean staff, money, premises, export or new
// products: such a message is a broad question, whatever offer happens to name the aim.
func OnlyBroadAim(text string) bool {
	aim, more := false, false
	for _, w := range words(text) {
		switch {
		case broadAims[w]:
			aim = true
		case expansionWords[w]:
			more = true // "een tweede zaak openen", "a second location": growth too
		case functionWords[w], wishWords[w], intentWords[w], businessNouns[w], interjections[w], openVerbs[w], premisesNouns[w]:
		default:
			return false
		}
	}
	return aim || more && slices.ContainsFunc(words(text), func(w string) bool { return businessNouns[w] || premisesNouns[w] })
}

// IsSizeAdjective reports whether w says how big something is ("kleine", "small"): before the asker's business
// ("een kleine bakkerij", "my small company") it says who asks, not what about.
func IsSizeAdjective(w string) bool { return sizeAdjectives[w] }

// IsBusinessNoun reports whether w names a business in general ("bedrijf", "zaak", "company") or its premises
// ("vestiging", "winkel", "office").
func IsBusinessNoun(w string) bool { return businessNouns[w] || premisesNouns[w] }

// IsCompanyNoun reports whether w (lower case) names a business in general ("bedrijf", "onderneming", "company"),
// as the head of a trade written apart too ("schoonmaak bedrijf"); not "zaak" or "shop".
func IsCompanyNoun(w string) bool { return companyNouns[w] }

// IsBusinessKind reports whether w (lower case) names a business by its kind or size, without its sector
// ("startup", "mkb-bedrijf", "sme", "firma", "company"): a clause that opens with one says who asks.
func IsBusinessKind(w string) bool { return businessKinds[w] }

// counts reads a list of word:number pairs.
func counts(list string) map[string]int {
	m := map[string]int{}
	for _, f := range strings.Fields(list) {
		w, n, _ := strings.Cut(f, ":")
		m[w], _ = strconv.Atoi(n)
	}
	return m
}
