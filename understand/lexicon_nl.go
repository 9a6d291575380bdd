package understand

// Dutch words. Each list says what it is for; keep them small and general (words of the language, never words of
// one test question).

// dutchWords are common in Dutch and rare in English: language detection.
var dutchWords = set(`ik mijn wij we ons onze je jouw de het een is zijn voor van en met hoe wat waar welke kan
kun wil moet mag hulp bedrijf personeel subsidie lening geld starten graag dank hallo hoi iets er niet nog ook
om te bij naar op aan dat die dit zo zoek zoeken geen heb hebben zit eigenlijk bedankt dankjewel`)

var nlAskWords = `hoe wat waar welke wie wanneer waarom kan kun kunnen mag moet moeten wil willen zoek zoeken
vraag graag help hulp advies subsidie regeling`

var nlCorrectionCues = []string{"nee eigenlijk", "eigenlijk zit", "eigenlijk gaat", "eigenlijk is", "ik bedoel",
	"ik bedoelde", "sorry ik bedoel", "correctie", "nee het gaat om", "nee ik zit", "nee we zitten", "verkeerd"}

var nlNegationCues = `niet geen zonder behalve uitgezonderd buiten`

// nlLackVerbs: a clause with one of these says something lacks or fails; the words after its negation are the
// question ("ik kan geen personeel vinden").
var nlLackVerbs = `vind vinden vindt krijg krijgen krijgt kan kun kunt kunnen lukt lukken betaal betaalt betalen
betaald weet weten snap begrijp lijkt werkt werken`

var nlHaveVerbs = `heb hebben heeft had hadden`

// nlNotNegatable follow "niet" without being rejected ("niet meer zoveel gas", "niet alleen").
var nlNotNegatable = `meer alleen altijd echt zeker zo`

var nlFillers = `in op voor met naar van een de het om te aan bij uit`
var nlJoiners = `of`
var nlBoundaries = `maar wel want omdat dus ook toch en`

// nlPlainNegations negate the verb before them as well ("ik krijg geen").
var nlPlainNegations = `niet geen`

// nlSizeWords say whether a company has staff: "ik heb geen personeel" rejects them.
var nlSizeWords = `personeel werknemers medewerkers mensen werknemer medewerker`
