package understand

// Reading a phrase in context: the words are in lexicon_phrases.go. Each reports whether w (lower case, in the
// search's spelling) is one of its list.

var (
	takeForms        = set(nlTakeForms)
	resignVerbs      = set(enResignVerbs)
	employeeSubjects = set(enEmployeeSubjects)
	selfSubjects     = set(enSelfSubjects)
	quitObjectLeads  = set(enQuitObjectLeads)
	noticeForms      = set(nlNoticeForms)
	goForms          = set(nlGoForms)
	subjectPronouns  = set(nlSubjectPronouns)
	bareStemSubjects = set(nlBareStemSubjects)
	clauseWords      = set(enClauseWords)
	clauseBounds     = set(nlClauseBounds + " " + enClauseBounds)
	shortJoiners     = set(nlShortJoiners + " " + enShortJoiners)
	seekVerbs        = set(nlSeekVerbs + " " + enSeekVerbs)
	seekJoiners      = set(nlSeekJoiners + " " + enSeekJoiners)
	staffWants       = set(nlStaffWants + " " + enStaffWants)
	staffWantsAfter  = set(nlStaffWantsAfter + " " + enStaffWantsAfter)
	howWhere         = set(nlHowWhere + " " + enHowWhere)
	staffHaves       = set(nlStaffHaves + " " + enStaffHaves)
	shortNegations   = set(nlShortNegations + " " + enShortNegations)
	shortGrades      = set(nlShortGrades + " " + enShortGrades)
	electricWords    = set(nlElectricWords + " " + enElectricWords)
	englishNouns     = set(nlEnglishNouns)
	dutchNouns       = set(enDutchNouns)
)

// IsTakeForm: a form of "nemen" ("ontslag nemen").
func IsTakeForm(w string) bool { return takeForms[w] }

// IsResignVerb: an English verb of an employee's leaving ("quit", "resigned").
func IsResignVerb(w string) bool { return resignVerbs[w] }

// IsEmployeeSubject: the English subject of a resign verb said of staff ("employee", "staff", "he").
func IsEmployeeSubject(w string) bool { return employeeSubjects[w] }

// IsSelfSubject: the English subject by which the asker quits ("i", "we").
func IsSelfSubject(w string) bool { return selfSubjects[w] }

// IsQuitObjectLead: a word before the object of an English resign verb ("my", "from").
func IsQuitObjectLead(w string) bool { return quitObjectLeads[w] }

// IsNoticeForm: a form of "merken", to notice ("merk", "gemerkt"); "merk" and "merken" are the noun too.
func IsNoticeForm(w string) bool { return noticeForms[w] }

// IsGoForm: a form of "gaan" ("akkoord gaan").
func IsGoForm(w string) bool { return goForms[w] }

// IsSubjectPronoun: a Dutch subject pronoun around a verb ("ik", "je", "men").
func IsSubjectPronoun(w string) bool { return subjectPronouns[w] }

// IsBareStemSubject: a subject beside which a Dutch verb stands in its bare stem ("ik stop").
func IsBareStemSubject(w string) bool { return bareStemSubjects[w] }

// IsClauseWord: an English subject, auxiliary, verb of wanting or the infinitive's "to" ("we", "will", "want").
func IsClauseWord(w string) bool { return clauseWords[w] }

// IsClauseBound: a word between two clauses ("en", "maar", "and").
func IsClauseBound(w string) bool { return clauseBounds[w] }

// IsShortJoiner: a word between a shortage and what is short ("aan", "goede", "skilled").
func IsShortJoiner(w string) bool { return shortJoiners[w] }

// IsSeekVerb: a verb that seeks someone ("zoek", "gezocht", "looking").
func IsSeekVerb(w string) bool { return seekVerbs[w] }

// IsStaffWant: a word that says the people a number counts are wanted, not had ("zoek", "nodig", "need", "hire").
func IsStaffWant(w string) bool { return staffWants[w] }

// IsStaffWantAfter: a word of IsStaffWant that stands after the people wanted ("gezocht", "nodig", "needed").
func IsStaffWantAfter(w string) bool { return staffWantsAfter[w] }

// IsHowWhere: a word that asks how or where ("hoe", "waar", "how", "where").
func IsHowWhere(w string) bool { return howWhere[w] }

// IsStaffHave: a word that says the people a number after it counts are had, not wanted ("met", "heb", "with").
func IsStaffHave(w string) bool { return staffHaves[w] }

// IsSeekJoiner: a word between a seek verb and whom it seeks ("naar", "parttime", "for").
func IsSeekJoiner(w string) bool { return seekJoiners[w] }

// IsShortNegation: a word that says a worker cannot be found ("geen", "niemand", "can't").
func IsShortNegation(w string) bool { return shortNegations[w] }

// IsShortGrade: a word that says how large a shortage is ("groot", "enorme", "huge").
func IsShortGrade(w string) bool { return shortGrades[w] }

// IsElectricWord: "electric" before a vehicle ("elektrische", "e").
func IsElectricWord(w string) bool { return electricWords[w] }

// IsEnglishNoun: a Dutch function word that is an English noun ("van").
func IsEnglishNoun(w string) bool { return englishNouns[w] }

// IsDutchNoun: an English function word that is a Dutch word of the domain ("or", the works council).
func IsDutchNoun(w string) bool { return dutchNouns[w] }
