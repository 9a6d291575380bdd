package understand

import "github.com/wegwijzer/wegwijzer"

// Words of the dialogue's own turns, Dutch and English side by side: the phase of the customer journey a question
// is in, answers to the dialogue's questions, and the clauses about the asker beside a question. See dialogue.go.

// nlPhaseCues show, anywhere in a question (as part of a word too: "subsidieaanvraag"), the phase of the customer
// journey it is in (PhaseOf).
var nlPhaseCues = map[wegwijzer.Phase][]string{
	wegwijzer.PhaseKunnen:    {"aanvragen", "aanvraag", "indienen", "formulier", "deadline", "hoe vraag", "melden", "invullen"},
	wegwijzer.PhaseWillen:    {"ik wil", "we willen", "van plan", "plannen", "overweeg", "investeren", "kopen", "aanschaffen"},
	wegwijzer.PhaseOntmoeten: {"andere ondernemers", "netwerk", "community", "ervaring", "inspiratie", "evenement", "meetup"},
}

// enPhaseCues: see nlPhaseCues.
var enPhaseCues = map[wegwijzer.Phase][]string{
	wegwijzer.PhaseKunnen:    {"apply", "application"},
	wegwijzer.PhaseWillen:    {"i want", "we want", "planning", "going to"},
	wegwijzer.PhaseOntmoeten: {"peers", "network"},
}

// nlSkipAnswers, as the whole answer to a clarifying question, give no answer ("overslaan", "weet ik niet",
// "landelijk" to the region question) (SkipsQuestion).
var nlSkipAnswers = []string{"-", "overslaan", "geen", "anders", "landelijk", "nvt", "n.v.t.", "sla over", "weet niet",
	"weet ik niet", "dat weet ik niet", "weet ik nog niet", "geen idee", "geen flauw idee", "zeg ik liever niet",
	"heel nederland"}

// enSkipAnswers: see nlSkipAnswers.
var enSkipAnswers = []string{"skip", "other", "don't know", "i don't know", "i dont know", "no idea", "not sure", "idk",
	"rather not say", "whole country"}

// nlHereWords answer "how do you want to be reached" with: in this conversation ("hier", "nee") (IsHereWord).
var nlHereWords = `hier chat gesprek nee overslaan niet`

// enHereWords: see nlHereWords.
var enHereWords = `here no skip nope`

// nlSelfOpeners open a clause that says who is asking, not what the problem is ("ik ben zzp'er", "ik kom uit
// Polen") (OpensSelfDescription).
var nlSelfOpeners = []string{"ik ben", "wij zijn", "we zijn", "ik kom uit"}

// enSelfOpeners: see nlSelfOpeners.
var enSelfOpeners = []string{"i am", "i'm", "we are", "we're", "i moved", "we moved", "i come from"}

// nlOwnOpeners open a clause that says which business the asker has or runs ("ik heb een webshop")
// (CutOwnDescription).
var nlOwnOpeners = []string{"ik heb een", "wij hebben een", "we hebben een", "ik run een", "ik heb sinds"}

// enOwnOpeners: see nlOwnOpeners.
var enOwnOpeners = []string{"i have a", "i run a", "we run a", "i own a", "we own a", "we have a"}

// nlContinuations open a short message that adds a condition to the question just answered ("en als die persoon
// ouder is dan 56?") (OpensContinuation).
var nlContinuations = []string{"en als", "en wat als", "maar als", "en wanneer"}

// enContinuations: see nlContinuations.
var enContinuations = []string{"what if", "and if", "and what if", "but if"}

// nlProblemStems are parts of words that name a problem ("belastingschuld", "omzet daalt", "ziekteverzuim"): a
// clause with one is a problem of its own, not context for the next (NamesProblem).
var nlProblemStems = []string{"schuld", "ziek", "terug", "failliet", "verlies", "tekort", "daal", "dalen", "gedaald",
	"daling", "slecht", "zorgen", "probleem", "problemen", "krap"}

// enProblemStems: see nlProblemStems ("declin" is "declining", "decline").
var enProblemStems = []string{"debt", "loss", "sick", "bankrupt", "declin", "drop", "falling", "trouble", "shortage"}

// nlFollowUpFiller are the words of follow-ups about any offer ("hoe vraag ik dat aan?", "wat zijn de
// voorwaarden?"): they do not pick one of the offers shown (IsFollowUpFiller).
var nlFollowUpFiller = `aanvragen aanvraag aanvraagt vraag voorwaarden kosten kost hoeveel gratis kosteloos wanneer
	deadline termijn subsidie regeling bedrag krijgen bedrijf bedrijven onderneming ondernemer ondernemers zaakje`

// enFollowUpFiller: see nlFollowUpFiller.
var enFollowUpFiller = `apply application conditions costs amount deadline eligible scheme grant business company
	businesses`

// nlHelpWords ask whether someone can help: beside an organisation's name they add no topic ("kan de KVK helpen?")
// (IsHelpWord). The search counts "help" among its generic words, which never make a question on-topic.
var nlHelpWords = `help helpen helpt`

// enHelpWords: see nlHelpWords.
var enHelpWords = `help helps assist`

// nlOrganisationForms name a kind of organisation, which an asker may be ("kunnen we als stichting ook een lening
// krijgen?"), not one organisation ("Stichting Ondernemersklankbord") (IsOrganisationForm).
var nlOrganisationForms = `stichting vereniging coöperatie cooperatie maatschap vennootschap`

// enOrganisationForms: see nlOrganisationForms.
var enOrganisationForms = `foundation association cooperative charity`

// nlObjectPrepositions make the legal form after them the thing a question is about, not the asker ("geld uit mijn
// bv halen", "een pand in mijn bv") (IsObjectPreposition). Tuned for that reading, so not the search's
// prepositions, which mark where or with what.
var nlObjectPrepositions = `uit van in naar via binnen`

// enObjectPrepositions: see nlObjectPrepositions ("salary from my bv", "the costs of a bv").
var enObjectPrepositions = `from of in into within through out`

// nlWhatIsOpenings open a question about what something is or means ("wat is een UEA?") (OpensWhatIs).
var nlWhatIsOpenings = []string{"wat is", "wat zijn", "wat betekent", "wat houdt"}

// enWhatIsOpenings: see nlWhatIsOpenings.
var enWhatIsOpenings = []string{"what is", "what are", "what's", "whats", "what does"}

// nlKindWords name a kind of offer: "geen lening" leaves loans out, "is daar subsidie voor?" asks for that kind
// (KindNamed).
var nlKindWords = map[string]wegwijzer.Kind{
	"subsidie": wegwijzer.KindSubsidie, "subsidies": wegwijzer.KindSubsidie,
	"lening": wegwijzer.KindLeningGarantie, "leningen": wegwijzer.KindLeningGarantie,
	"krediet": wegwijzer.KindLeningGarantie, "garantie": wegwijzer.KindLeningGarantie,
	"belastingvoordeel": wegwijzer.KindFiscaleRegeling, "aftrek": wegwijzer.KindFiscaleRegeling,
	"advies": wegwijzer.KindAdvies, "training": wegwijzer.KindTrainingEvenement, "cursus": wegwijzer.KindTrainingEvenement,
	"netwerk": wegwijzer.KindCommunityNetwerk,
}

// enKindWords: see nlKindWords.
var enKindWords = map[string]wegwijzer.Kind{
	"grant": wegwijzer.KindSubsidie, "grants": wegwijzer.KindSubsidie,
	"loan": wegwijzer.KindLeningGarantie, "loans": wegwijzer.KindLeningGarantie,
	"advice": wegwijzer.KindAdvies, "training": wegwijzer.KindTrainingEvenement, "network": wegwijzer.KindCommunityNetwerk,
}

// nlUnclearVerbs say, after "ik" and before "niet", that the asker does not understand something
// ("ik snap niet hoe ...") (AsksWhatIsUnclear).
var nlUnclearVerbs = `snap begrijp`

// nlUnclearWhat are the question words after which what is not understood is a topic, not the bot ("ik snap niet
// hoe ik de kor aanvraag"); "waarom" is left out: "ik snap niet waarom je dit laat zien" is a complaint
// (AsksWhatIsUnclear).
var nlUnclearWhat = `hoe wat welke welk waar wanneer wie`
