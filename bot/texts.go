package bot

import (
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Every text the bot says and every word list it reads by, per language, in one place. Word lists of the
// language itself (intents, negations, corrections) live in package understand.

// lang is a reply language: "nl" or "en".
type lang string

const (
	nl lang = "nl"
	en lang = "en"
)

// detectLanguage guesses whether a message is English; Dutch is the default.
func detectLanguage(text string) (lang, bool) {
	l, sure := understand.Language(text)
	return lang(l), sure
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// msg is a text in both languages.
type msg struct{ nl, en string }

func (m msg) in(l lang) string {
	if l == en && m.en != "" {
		return m.en
	}
	return m.nl
}

func pick(l lang, nlText, enText string) string {
	if l == en && enText != "" {
		return enText
	}
	return nlText
}

var texts = struct {
	welcome, help, empty, tooLong, shortened, askTheme, askTopic, askSector, askRegion, askSize, askLegalForm, managerSays, nothingNew, noMatch, noMatchNext,
	feedbackThanks, feedbackSorry, thanks, bye, restarted, handoff, handoffReached, handoffWaiting, contactKept, contactHere,
	privacy, erased, unavailable, groupMoney, groupRules, groupHelp, closed, nextStep, problems, problemsNext,
	notInData, stoppedBest, closedNamed, closedUseNow, closedMayFit, closedPartNow, closedNoneNow, almost, themeStill, sameForAsker, whyShown, themeUnknown, themeStillUnknown, introFor, introPlain, introDormant, introDormantPlain,
	stillHere, tellMe, unconfirmed, noneFits, costUnknown, interestUnknown, answerAlso, pickProblem, noMoney, followUpFirst, whatItCosts, howMuch, sameAgain, allFound, nextStepHead, placeWithin, placeKnown, placeNothing, moneyShown, moneyBefore, noGrantShown, noAdvice, unsure, about, notHuman, isBot, aboutPerson, explainAsk, checkHead, whatToCheck, moreFound msg
}{
	welcome: msg{"Hoi! Ik ben Wegwijzer. Stel je vraag over je bedrijf, bijvoorbeeld over verduurzamen, personeel of financiering.",
		"Hi! I am Wegwijzer. Ask me about your business, for example about sustainability, staff or financing."},
	help: msg{"Ik help je de juiste regeling, regel of hulp te vinden. Stel je vraag in gewone woorden, bijvoorbeeld: \"subsidie voor een elektrische bestelbus\". Ik stel soms een paar korte vragen en geef dan een paar passende regelingen met wie je kunt bellen. Daarna kun je doorvragen: \"hoeveel is het?\", \"hoe vraag ik dat aan?\".\nCommando's: opnieuw (begin opnieuw), privacy (wat ik bewaar), vergeet mij (wis je gegevens), mens (praat met een mens).",
		"I help you find the right scheme, rule or support. Ask in plain words, for example: \"grant for an electric van\". I may ask a few short questions, then give a few offers that fit and who to contact. Then you can ask on: \"how much is it?\", \"how do I apply?\".\nCommands: restart, privacy (what I store), forget me (erase your data), human (talk to a person)."},
	empty: msg{"Ik kreeg een leeg bericht. Wat wil je weten?", "I received an empty message. What would you like to know?"},
	tooLong: msg{"Je bericht is %s tekens lang; ik kan er %s lezen, en ik vond er geen vraag in die ik eruit kon halen. Stel je vraag in een paar zinnen: wat wil je doen, in welke branche en waar?",
		"Your message is %s characters long; I can read %s, and I found no question in it that I could take out. Ask your question in a few sentences: what do you want to do, in which sector and where?"},
	shortened: msg{"Je bericht is lang (%s tekens). Ik heb gelezen wat je vraagt: %d van de %d zinnen.", "Your message is long (%s characters). I read what you ask: %d of its %d sentences."},
	askTheme:  msg{"Waar gaat je vraag over?", "What is your question about?"},
	askTopic:  msg{"Wat wil je precies doen?", "What exactly do you want to do?"},
	tellMe:    msg{"Vertel maar! Typ je vraag, of kies eerst een onderwerp.", "Go ahead! Type your question, or pick a topic first."},
	askSector: msg{"In welke branche zit je bedrijf? Niet elke regeling is er voor elke branche.", "Which sector is your business in? Not every scheme is for every sector."},
	moreFound: msg{"Dit had ik je nog niet laten zien.", "Here is what I had not shown you yet."},
	nothingNew: msg{"Ik vind niets anders dan wat ik je net liet zien. Ik noteer je vraag, zodat we ons aanbod kunnen verbeteren. Een community manager kan verder met je meekijken.",
		"I find nothing other than what I just showed you. I note your question so that we can improve what we offer. A community manager can look further with you."},
	managerSays: msg{"Bericht van de community manager:", "Message from the community manager:"},
	askLegalForm: msg{"Welke rechtsvorm heeft je bedrijf? Sommige regelingen zijn alleen voor een eenmanszaak of vof, andere alleen voor een bv.",
		"What legal form does your business have? Some schemes are only for a sole proprietorship or partnership, others only for a limited company."},
	askSize:   msg{"Hoe groot is je bedrijf? Niet elke regeling is er voor elke omvang.", "How big is your business? Not every scheme is for every size."},
	askRegion: msg{"Waar zit je bedrijf? Noem je gemeente of provincie, dan zoek ik ook regionale hulp.", "Where is your business? Name your municipality or province and I will include regional support."},
	noMatch: msg{"Daar heb ik helaas geen goed antwoord op. Ik noteer je vraag, zodat we ons aanbod kunnen verbeteren.",
		"I am sorry, I have no good answer to that. I have noted your question so that we can improve what we offer."},
	noMatchNext: msg{"Kijk op ondernemersplein.overheid.nl of vraag het KVK Adviesteam via kvk.nl. Of typ \"mens\" om een community manager te spreken.",
		"See business.gov.nl or ask the KVK advice team via kvk.nl. Or type \"human\" to reach a community manager."},
	feedbackThanks: msg{"Fijn! Succes ermee. Je kunt altijd een nieuwe vraag stellen.", "Great! Good luck. You can ask a new question at any time."},
	feedbackSorry: msg{"Jammer. Wat mis je? Vertel het in je eigen woorden, bijvoorbeeld je branche, je plaats of wat je precies wilt doen. Of praat met een mens.",
		"Sorry about that. What is missing? Tell me in your own words, for example your sector, your town or what exactly you want to do. Or talk to a person."},
	thanks:    msg{"Graag gedaan! Succes met je bedrijf.", "You're welcome! Good luck with your business."},
	stillHere: msg{"Ik ben er. Wat is je vraag over je bedrijf?", "I am here. What is your question about your business?"},
	bye:       msg{"Tot ziens! Succes met je bedrijf. Je kunt altijd een nieuwe vraag stellen.", "Goodbye! Good luck with your business. You can always ask a new question."},
	restarted: msg{"We beginnen opnieuw. Wat is je vraag?", "Let's start over. What is your question?"},
	handoff: msg{"Ik zet je vraag door naar een community manager, met een korte samenvatting van ons gesprek. Hoe wil je bereikt worden? Stuur een e-mailadres of telefoonnummer, of typ \"hier\" voor een antwoord in dit gesprek. Dat mag je ook overslaan. Tot de community manager reageert, zeg ik niets; typ \"opnieuw\" om weer met mij verder te gaan.",
		"I am passing your question to a community manager, with a short summary of our conversation. How would you like to be reached? Send an e-mail address or phone number, or type \"here\" for a reply in this conversation. You may also skip this. Until the community manager replies I stay quiet; type \"restart\" to continue with me."},
	handoffReached: msg{"Ik zet je vraag door naar een community manager, met een korte samenvatting van ons gesprek. Die neemt contact met je op zoals je vroeg. Ik bewaar je gegevens alleen bij dit verzoek; typ \"vergeet mij\" om ze te wissen. Tot de community manager reageert, zeg ik niets; typ \"opnieuw\" om weer met mij verder te gaan.",
		"I am passing your question to a community manager, with a short summary of our conversation. They will contact you the way you asked. I keep your details only with this request; type \"forget me\" to erase them. Until the community manager replies I stay quiet; type \"restart\" to continue with me."},
	handoffWaiting: msg{"Een community manager komt bij je terug. Typ \"opnieuw\" om weer met mij verder te gaan.",
		"A community manager will get back to you. Type \"restart\" to continue with me."},
	contactKept: msg{"Dank je. De community manager neemt zo contact met je op. Ik bewaar je gegevens alleen bij dit verzoek; typ \"vergeet mij\" om ze te wissen.",
		"Thank you. The community manager will contact you that way. I keep your details only with this request; type \"forget me\" to erase them."},
	contactHere: msg{"Prima, de community manager antwoordt in dit gesprek.", "Fine, the community manager will reply in this conversation."},
	privacy: msg{"Wat ik bewaar: je vragen, zonder namen, e-mailadressen, telefoonnummers en andere persoonsgegevens, onder een code in plaats van je naam. Het gesprek zelf vergeet ik na 24 uur zonder berichten; de opgeschoonde vragen bewaar ik maximaal 90 dagen om het aanbod voor ondernemers te verbeteren, daarna alleen als tellingen. Vraag je om een mens en geef je een e-mailadres of telefoonnummer, dan bewaar ik dat alleen bij dat verzoek. Typ \"vergeet mij\" om alles van jou direct te wissen.",
		"What I store: your questions, without names, e-mail addresses, phone numbers or other personal data, under a code instead of your name. I forget the conversation itself after 24 hours without messages; the cleaned questions are kept at most 90 days to improve support for entrepreneurs, and after that only as counts. If you ask for a person and give an e-mail address or phone number, I keep it only with that request. Type \"forget me\" to erase everything of yours now."},
	about: msg{"Ik ben Wegwijzer, een digitale assistent. Ik zoek in een lijst met regelingen, regels en plekken voor hulp voor ondernemers. Bij elk aanbod staat de website van de aanbieder, waar je het zelf kunt nakijken.",
		"I am Wegwijzer, a digital assistant. I search a list of schemes, rules and places for help for entrepreneurs. Each offer shows the provider's website, where you can check it yourself."},
	// notHuman answers "ben jij een mens?" before about; "waar haal je je informatie vandaan?" does not ask it.
	notHuman:    msg{"Nee, ik ben geen mens.", "No, I am not a person."},
	isBot:       msg{"Ja.", "Yes."},
	aboutPerson: msg{"Wil je toch een mens spreken? Typ \"mens\".", "Would you rather talk to a person? Type \"human\"."},
	checkHead: msg{"Of dat voor jou klopt, hangt af van je situatie. Dit is wat ik erover weet:",
		"Whether that is right for you depends on your situation. This is what I know about it:"},
	whatToCheck: msg{"Wat wil je laten nakijken? Vertel wat er gezegd is, bijvoorbeeld: \"mijn boekhouder zegt dat ik een bv moet worden\". Dan zoek ik op wat erover bekend is.",
		"What would you like me to check? Tell me what was said, for example: \"my accountant says I should become a bv\". Then I look up what is known about it."},
	explainAsk: msg{"Ik vroeg dit om beter te kunnen zoeken: niet elke regeling past bij elk bedrijf. Kies wat het best bij je past, of zeg het in je eigen woorden. Stel je vraag gerust ook meteen: dan zoek ik met wat je al zei.",
		"I asked so that I can search better: not every scheme fits every business. Choose what fits you best, or say it in your own words. You may also just ask your question: then I search with what you said so far."},
	erased:       msg{"Klaar: ik heb je gesprekken en vragen gewist.", "Done: I have erased your conversations and questions."},
	unavailable:  msg{"Het lukt me nu even niet om je vraag te verwerken. Probeer het over een paar minuten opnieuw.", "I cannot handle your question right now. Please try again in a few minutes."},
	groupMoney:   msg{"Geld", "Money"},
	groupRules:   msg{"Regels", "Rules"},
	groupHelp:    msg{"Hulp en advies", "Help and advice"},
	closed:       msg{"gesloten", "closed"},
	nextStep:     msg{"Volgende stap", "Next step"},
	problems:     msg{"Je noemt een paar dingen tegelijk:", "You mention several things at once:"},
	pickProblem:  msg{"Waar wil je mee beginnen? De andere bied ik daarna aan.", "Which one shall we start with? I will offer the others after that."},
	problemsNext: msg{"Daarna", "Next"},
	answerAlso:   msg{"Je noemde ook: %s. Kies hieronder om daarmee verder te gaan.", "You also mentioned: %s. Pick it below to go on with it."},
	notInData:    msg{"Dat staat niet in mijn gegevens. Kijk op %s.", "That is not in my data. See %s."},
	stoppedBest:  msg{"Wat het best bij je vraag past, %s, heeft al lang geen ronde meer gehad. %s.", "What fits your question best, %s, has had no round for a long time. %s."},
	closedNamed:  msg{"%s is gesloten sinds %s.", "%s has been closed since %s."},
	closedUseNow: msg{"Gebruik nu %s:", "Instead, you can use %s:"},
	// closedMayFit introduces alternatives found on the closed scheme's topic, not named as its successor: they
	// may pay for part of what it did, so the reply does not promise more.
	closedMayFit: msg{"Kijk nu naar %s:", "Look instead at %s:"},
	// closedPartNow: what the search found shares only part of what the closed scheme paid for.
	closedPartNow: msg{"Een regeling die precies dit nu betaalt, ken ik niet. Wie je verder kan helpen: %s.",
		"I know of no scheme that pays for exactly this now. Who can help you further: %s."},
	closedNoneNow: msg{"Een regeling die dit nu betaalt, ken ik niet. Wie je verder kan helpen: %s.",
		"I know of no scheme that pays for this now. Who can help you further: %s."},
	almost:        msg{"Bijna: ", "Almost: "},
	followUpFirst: msg{"Dat kan ik zeggen zodra ik weet welke regelingen bij je passen.", "I can tell you once I know which schemes fit you."},
	whatItCosts:   msg{"Wat het kost", "What it costs"},
	howMuch:       msg{"Hoeveel", "How much"},
	placeWithin: msg{"%s ligt in %s: de regelingen daarvan had ik al meegenomen. Er komt dus niets bij.",
		"%s is in %s: I had included its offers already, so nothing changes."},
	placeKnown: msg{"%s had ik al meegenomen. Er komt dus niets bij.", "I had included %s already, so nothing changes."},
	placeNothing: msg{"Voor %s vond ik bij deze vraag geen regelingen van de gemeente, de regio of de provincie. Wat ik liet zien, blijft wat past.",
		"For %s I found no offers of the municipality, the region or the province for this question. What I showed is still what fits."},
	moneyShown: msg{"Dit is het geld bij je vraag; meer vond ik niet.", "This is the money for your question; I found no more."},
	noGrantShown: msg{"Een subsidie vond ik hiervoor niet, wel ander geld. Meer vond ik niet.",
		"I found no grant for this, but other money. I found no more."},
	noAdvice: msg{"Wat voor jou het beste is, kan ik niet zeggen: dat hangt af van je situatie. Hier kun je daarvoor terecht.",
		"What is best for you I cannot say: it depends on your situation. This is where you can go for that."},
	moneyBefore: msg{"", ""}, // the intro says it: "voor je vraag over ... vond ik één regeling voor geld"
	costUnknown: msg{"Wat het kost, staat bij wat ik liet zien niet in mijn gegevens. Vraag het na bij wie het aanbiedt:",
		"What it costs is not in my data for what I showed. Ask whoever offers it:"},
	interestUnknown: msg{"Welke rente je betaalt, staat niet in mijn gegevens. Vraag het na bij wie je leent:",
		"The interest you pay is not in my data. Ask whoever lends to you:"},
	noneFits: msg{"Meer dan dit vond ik niet, en geen van deze past goed bij je vraag. Vertel meer over je situatie, of vraag een mens.",
		"This is all I found, and none of it fits your question well. Tell me more about your situation, or ask a person."},
	allFound:     msg{"Meer dan dit vond ik niet.", "This is all I found."},
	nextStepHead: msg{"Wat je nu kunt doen", "What you can do now"},
	sameAgain: msg{"Meer dan dit vond ik niet. Vraag door over een regeling (\"hoe vraag ik de eerste aan?\") of vertel meer over je situatie.",
		"This is all I found. Ask on about one of them (\"how do I apply for the first one?\") or tell me more about your situation."},
	noMoney: msg{"Subsidie of ander geld hiervoor vond ik niet.", "I found no grant or other money for this."},
	unsure: msg{"Ik weet niet zeker of ik iets heb dat bij je vraag past. Dit komt het dichtst in de buurt; past het niet, kies dan \"Praat met een mens\".",
		"I am not sure I have something that fits your question. This is the closest I found; if it does not fit, choose \"Talk to a person\"."},
	themeUnknown: msg{"Geen probleem. Waar wil je mee verder? Bijvoorbeeld energie besparen, iemand aannemen of geld lenen voor een investering. Kies wat het meest in de buurt komt, of zeg het in je eigen woorden.",
		"No problem. What would you like help with? For example saving energy, hiring someone or borrowing for an investment. Pick what comes closest, or say it in your own words."},
	themeStillUnknown: msg{"Zonder onderwerp kan ik niet goed zoeken. Een mens denkt dan beter met je mee: het KVK Adviesteam (kvk.nl) helpt ondernemers op weg, of typ \"mens\" voor een community manager.",
		"Without a topic I cannot search well. A person can help you better: the KVK Advice Team (kvk.nl) helps entrepreneurs get started, or type \"human\" for a community manager."},
	sameForAsker: msg{"Dank je, dat neem ik mee. Het verandert niets aan wat past: dit blijft wat ik vond.",
		"Thanks, I will take that into account. It does not change what fits: this is still what I found."},
	whyShown:   msg{"Waarom ik deze liet zien", "Why I showed this one"},
	themeStill: msg{"Dank je, dat neem ik mee.", "Thanks, I will take that into account."},
	introFor:   msg{"Voor je vraag over %s vond ik %s:", "For your question about %s I found %s:"},
	introPlain: msg{"Voor je vraag vond ik %s:", "For your question I found %s:"},
	introDormant: msg{"Voor je vraag over %s vond ik alleen %s waarvan niet bekend is of er nog een ronde komt:",
		"For your question about %s I found only %s, and no new round is known:"},
	introDormantPlain: msg{"Voor je vraag vond ik alleen %s waarvan niet bekend is of er nog een ronde komt:",
		"For your question I found only %s, and no new round is known:"},
	unconfirmed: msg{"niet recent bevestigd, kijk op de site", "not recently confirmed, check the website"},
}

// groupCount names how many offers of a group a list holds ("twee regelingen voor geld").
var groupCount = map[wegwijzer.Group][2]msg{
	wegwijzer.GroupMoney: {{"regeling voor geld", "scheme for money"}, {"regelingen voor geld", "schemes for money"}},
	wegwijzer.GroupRules: {{"regel die je moet volgen", "rule to follow"}, {"regels die je moet volgen", "rules to follow"}},
	wegwijzer.GroupHelp:  {{"plek voor hulp of advies", "place for help or advice"}, {"plekken voor hulp of advies", "places for help or advice"}},
}

var numberWords = [...]msg{{"nul", "no"}, {"één", "one"}, {"twee", "two"}, {"drie", "three"}, {"vier", "four"},
	{"vijf", "five"}, {"zes", "six"}, {"zeven", "seven"}}

var monthNames = [...]msg{{"januari", "January"}, {"februari", "February"}, {"maart", "March"}, {"april", "April"},
	{"mei", "May"}, {"juni", "June"}, {"juli", "July"}, {"augustus", "August"}, {"september", "September"},
	{"oktober", "October"}, {"november", "November"}, {"december", "December"}}

// statusWords say an offer's status in words.
var statusWords = struct {
	open, openUntil, always, roundOpenUntil, lastRound, lastOpened, nextRound, noNextRound, closedSince, closed, useNow msg
}{
	open:           msg{"Open: je kunt het nu gebruiken", "Open: you can use it now"},
	openUntil:      msg{"Open tot %s", "Open until %s"},
	always:         msg{"Doorlopend: op elk moment te gebruiken", "Ongoing: you can use it at any time"},
	lastOpened:     msg{"Werkt met rondes; de laatste opende %s", "Runs in rounds; the last one opened %s"},
	roundOpenUntil: msg{"Ronde open tot %s", "Round open until %s"},
	lastRound:      msg{"Werkt met rondes; de laatste liep %s", "Runs in rounds; the last one ran %s"},
	nextRound:      msg{"volgende ronde opent %s", "next round opens %s"},
	noNextRound:    msg{"een nieuwe ronde is nog niet bekend, kijk op %s", "no next round is known yet, watch %s"},
	closedSince:    msg{"Gesloten sinds %s", "Closed since %s"},
	closed:         msg{"Gesloten", "Closed"},
	useNow:         msg{"gebruik nu %s", "use %s instead"},
}

var kindLabels = map[wegwijzer.Kind]msg{
	wegwijzer.KindSubsidie:          {"Subsidie", "Grant"},
	wegwijzer.KindFiscaleRegeling:   {"Belastingvoordeel", "Tax scheme"},
	wegwijzer.KindLeningGarantie:    {"Lening of garantie", "Loan or guarantee"},
	wegwijzer.KindWetRegel:          {"Regel die je moet volgen", "Rule you must follow"},
	wegwijzer.KindAdvies:            {"Advies", "Advice"},
	wegwijzer.KindScanTool:          {"Scan of tool", "Scan or tool"},
	wegwijzer.KindCommunityNetwerk:  {"Netwerk", "Network"},
	wegwijzer.KindTrainingEvenement: {"Training of bijeenkomst", "Training or event"},
	wegwijzer.KindInformatie:        {"Informatie", "Information"},
}

var sizeLabels = map[string]msg{
	"zzp": {"Alleen ik (zzp)", "Just me (self-employed)"}, "micro": {"2 tot 10 mensen", "2 to 10 people"},
	"klein": {"10 tot 50 mensen", "10 to 50 people"}, "middelgroot": {"50 tot 250 mensen", "50 to 250 people"},
	"groot": {"250 of meer", "250 or more"},
}

// legalFormLabels are the buttons of the legal-form question.
var legalFormLabels = map[string]msg{
	wegwijzer.LegalFormIB:            {"Eenmanszaak, vof of maatschap", "Sole proprietorship or partnership"},
	wegwijzer.LegalFormRechtspersoon: {"Bv of nv", "Private or public limited company (bv, nv)"},
}

// legalFormFor names the businesses of a legal-form class in a "bijna" line ("alleen voor een bv, nv ...").
var legalFormFor = map[string]msg{
	wegwijzer.LegalFormIB: {"een eenmanszaak, vof, cv of maatschap",
		"a sole proprietorship or partnership"},
	wegwijzer.LegalFormRechtspersoon: {"een bv, nv of andere rechtspersoon", "a private or public limited company or another legal person"},
}

// sizeFor names the companies of a size class in a "bijna" line ("bedrijven tot 250 medewerkers").
var sizeFor = map[string]msg{
	"zzp": {"zzp'ers", "the self-employed"}, "micro": {"bedrijven tot 10 medewerkers", "businesses up to 10 staff"},
	"klein": {"bedrijven tot 50 medewerkers", "businesses up to 50 staff"}, "middelgroot": {"bedrijven tot 250 medewerkers", "businesses up to 250 staff"},
	"groot": {"bedrijven vanaf 250 medewerkers", "businesses with 250 staff or more"},
}

// followUpLabels are the buttons that ask on about the first offer.
var followUpLabels = map[understand.Intent]msg{
	understand.IntentAmount:     {"Hoeveel is het?", "How much is it?"},
	understand.IntentConditions: {"Kom ik in aanmerking?", "Am I eligible?"},
	understand.IntentApply:      {"Hoe vraag ik het aan?", "How do I apply?"},
	understand.IntentDeadline:   {"Tot wanneer?", "Until when?"},
	understand.IntentContact:    {"Wie kan ik bellen?", "Who can I contact?"},
}

// followUpHeads open a follow-up answer.
var followUpHeads = map[understand.Intent]msg{
	understand.IntentAmount:     {"Wat je krijgt", "What you get"},
	understand.IntentConditions: {"Voorwaarden", "Conditions"},
	understand.IntentApply:      {"Zo vraag je het aan", "How to apply"},
	understand.IntentDeadline:   {"Wanneer", "When"},
	understand.IntentDuration:   {"Hoe lang", "How long"},
	understand.IntentContact:    {"Contact", "Contact"},
	understand.IntentDifference: {"Het verschil", "The difference"},
	understand.IntentNone:       {"Wat het is", "What it is"},
}
