package understand

// Words by which the search reads a phrase in context, Dutch and English side by side, in the search's spelling
// (lower case, no accents): whether a word is a verb or its noun ("ik merk dat" is no brand), whether two words stand
// in one clause, and how a shortage of staff or a search for it is worded. See phrasewords.go.

// nlTakeForms are the forms of "nemen" in "ontslag nemen": taking one's leave (IsTakeForm).
var nlTakeForms = `neem neemt nemen nam namen genomen`

// enResignVerbs are an employee's leaving ("my employee wants to quit") (IsResignVerb).
var enResignVerbs = `quit quits quitting resign resigns resigned resigning`

// enEmployeeSubjects are the subjects of a resign verb said of staff: one employee, staff, or a pronoun for one
// (IsEmployeeSubject). Not IsStaffWord, a company's staff as a whole.
var enEmployeeSubjects = `employee employees worker workers staff he she`

// enSelfSubjects are the subjects by which the asker quits, not staff (IsSelfSubject).
var enSelfSubjects = `i we`

// enQuitObjectLeads stand before the object of a resign verb ("quit my job", "resign from the board")
// (IsQuitObjectLead).
var enQuitObjectLeads = `my our the this from`

// nlNoticeForms are the forms of "merken", to notice ("ik merk dat"), which are also the noun "merk" (a brand)
// (IsNoticeForm).
var nlNoticeForms = `merk merken merkt merkte merkten gemerkt`

// nlGoForms are the forms of "gaan" ("akkoord gaan": to agree) (IsGoForm).
var nlGoForms = `ga gaat gaan ging gingen gegaan`

// nlSubjectPronouns are the subject pronouns around a Dutch verb ("merk je dat") (IsSubjectPronoun).
var nlSubjectPronouns = `ik je jij we wij u ze zij men`

// nlBareStemSubjects are the subjects after or before which a Dutch verb stands in its bare stem ("ik stop", "stop
// ik"); "we" and "jij" take other forms (IsBareStemSubject).
var nlBareStemSubjects = `ik`

// enClauseWords are English subjects, auxiliaries and verbs of wanting and the infinitive's "to": between two words
// of a synonym phrase they make the words parts of a clause, not of one expression; before "leave" they make it the
// verb, not time off work (IsClauseWord).
var enClauseWords = `i we you he she they it am is are was were be been being has have had do does did will
	would can could should shall may might must want wants wanted need needs needed going to`

// nlClauseBounds stand between two clauses ("en", "maar") (IsClauseBound).
var nlClauseBounds = `en maar want omdat dus of`

// enClauseBounds: see nlClauseBounds.
var enClauseBounds = `and but because so or`

// nlShortJoiners stand between a shortage and what is short ("tekort aan goede monteurs") (IsShortJoiner).
var nlShortJoiners = `aan van de het een goede ervaren geschoolde genoeg nieuwe`

// enShortJoiners: see nlShortJoiners ("shortage of skilled mechanics").
var enShortJoiners = `of skilled good enough new experienced any qualified`

// nlSeekVerbs seek someone ("ik zoek koks", "monteurs gezocht") (IsSeekVerb).
var nlSeekVerbs = `zoek zoeken zoekt gezocht`

// enSeekVerbs: see nlSeekVerbs ("looking for chefs").
var enSeekVerbs = `seeking looking`

// nlStaffWants say that the people a number counts are wanted, not had: before the number ("ik zoek 3 monteurs",
// "we willen 2 koks aannemen") or after it ("wij hebben 4 koks nodig", "3 monteurs gezocht") (IsStaffWant).
var nlStaffWants = `zoek zoeken zoekt gezocht nodig aannemen werven`

// enStaffWants: see nlStaffWants ("we need 2 chefs", "looking for 3 drivers", "hire 5 cleaners").
var enStaffWants = `need needs needed looking seeking hire hiring recruit recruiting wanted`

// nlStaffWantsAfter are the words of nlStaffWants that stand after the people wanted ("koks gezocht", "wij hebben
// 4 koks nodig") (IsStaffWantAfter).
var nlStaffWantsAfter = `gezocht nodig`

// enStaffWantsAfter: see nlStaffWantsAfter ("chefs needed", "drivers wanted").
var enStaffWantsAfter = `needed wanted`

// nlHowWhere ask how or where ("hoe vind ik koks", "waar kan ik monteurs vinden") (IsHowWhere).
var nlHowWhere = `hoe waar`

// enHowWhere: see nlHowWhere ("how do I find drivers", "where can we find chefs").
var enHowWhere = `how where`

// nlStaffHaves say that the people a number after them counts are had: "ik heb een garage met 3 monteurs" is the
// company's size; looking back from the number for a word of wanting stops at them (IsStaffHave).
var nlStaffHaves = `met hebben heb heeft hebt`

// enStaffHaves: see nlStaffHaves ("a transport company with 8 drivers", "we employ 12 people").
var enStaffHaves = `with have has employ employing`

// nlSeekJoiners stand between a seek verb and whom it seeks ("op zoek naar", "zoek parttime koks")
// (IsSeekJoiner).
var nlSeekJoiners = `naar extra parttime fulltime part-time full-time`

// enSeekJoiners: see nlSeekJoiners ("looking for").
var enSeekJoiners = `for`

// nlShortNegations say that a worker cannot be found ("geen", "niemand") (IsShortNegation).
var nlShortNegations = `geen nergens niet niemand`

// enShortNegations: see nlShortNegations ("can't").
var enShortNegations = `can't cant cannot not no unable`

// nlShortGrades say how large a shortage is ("een groot tekort"): they say how much and are not searched
// (IsShortGrade).
var nlShortGrades = `groot grote groter grotere enorm enorme flink flinke ernstig ernstige structureel structurele
	echt echte zwaar zware`

// enShortGrades: see nlShortGrades ("a huge shortage").
var enShortGrades = `big bigger huge large serious severe major massive real chronic great`

// nlElectricWords say "electric" before a vehicle ("een elektrische bakfiets", "e bike" split from "e-bike")
// (IsElectricWord).
var nlElectricWords = `elektrische elektrisch e`

// enElectricWords: see nlElectricWords.
var enElectricWords = `electric e`

// nlEnglishNouns are Dutch function words that are English nouns: in an English message they say what the question
// is about ("a subsidy for an electric van"), in a Dutch one they stay function words ("de zaak van mijn vader")
// (IsEnglishNoun).
var nlEnglishNouns = `van`

// enDutchNouns are English function words that are Dutch words of the domain: in a Dutch message "OR" is the works
// council (ondernemingsraad), not "or" (IsDutchNoun).
var enDutchNouns = `or`
