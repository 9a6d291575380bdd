package understand

// Words of the language that the dialogue and the search both read by. Each list is behind a function, so that no
// caller can change it.

var (
	possessives   = set(nlPossessives + " " + enPossessives)
	takeOverVerbs = set(nlTakeOverVerbs)
	changeOfHands = set(nlTakeOverVerbs + " " + nlChangeOfHands + " " + enChangeOfHands)
	staffWords    = set(nlStaffWords + " " + enStaffWords)
	selfEmployed  = set(nlSelfEmployed + " " + enSelfEmployed)
	numberWords   = set(nlNumberWords + " " + enNumberWords)
	moneyWords    = set(nlMoneyWords + " " + enMoneyWords)
	supportWords  = set(nlMoneyWords + " " + enMoneyWords + " " + nlSupportWords + " " + enSupportWords)
	grantWords    = set(nlGrantWords + " " + enGrantWords)
	interestWords = set(nlInterestWords + " " + enInterestWords)
	costWords     = set(nlCostWords + " " + enCostWords + " " + nlInterestWords + " " + enInterestWords)
	adviceWords   = set(nlAdviceWords + " " + enAdviceWords)
	determiners   = set(nlDeterminers + " " + enDeterminers)
)

// IsDeterminer reports whether w (lower case) stands before a noun: an article, a possessive, a demonstrative
// ("de", "mijn", "deze", "eigen", "the", "own").
func IsDeterminer(w string) bool { return determiners[w] }

// IsPossessive reports whether w (lower case) says that something is the asker's ("mijn", "onze", "my", "our").
func IsPossessive(w string) bool { return possessives[w] }

// IsTakeOverVerb reports whether w (lower case) is a Dutch form of taking a business over ("overnemen",
// "overgenomen"), after JoinSeparable.
func IsTakeOverVerb(w string) bool { return takeOverVerbs[w] }

// IsChangeOfHands reports whether w (lower case) says that a business changes hands, either way: taken over, handed
// over or succeeded ("overname", "opvolger", "overdracht", "takeover", "succession").
func IsChangeOfHands(w string) bool { return changeOfHands[w] }

// IsStaffWord reports whether w (lower case) names a company's staff as a whole ("personeel", "medewerkers",
// "employees"): "zonder personeel" makes a one-person business.
func IsStaffWord(w string) bool { return staffWords[w] }

// IsSelfEmployed reports whether w (lower case) says that someone works for themselves, without staff ("zzp'er",
// "zelfstandige", "freelancer").
func IsSelfEmployed(w string) bool { return selfEmployed[w] }

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

// IsCostWord reports whether w (lower case) asks what something costs rather than what it gives ("kost", "fee"),
// the interest on a loan included.
func IsCostWord(w string) bool { return costWords[w] }

// IsAdviceWord reports whether w (lower case) asks the bot to choose for the asker ("aanraden", "recommend").
func IsAdviceWord(w string) bool { return adviceWords[w] }
